namespace JointStatements;

/// <summary>What the list of organisations under a statement means.</summary>
public enum SignatoryRole
{
    /// <summary>The organisations signed the statement.</summary>
    Signatory,

    /// <summary>The organisations attended the meeting that adopted it.</summary>
    Attendee,

    /// <summary>The organisations subscribed to it.</summary>
    Subscriber,
}
