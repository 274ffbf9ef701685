using System.Collections.Generic;

namespace JointStatements.Parsing.Lexicons;

/// <summary>The words of one language that the parser reads: a data file per language under <c>Languages/</c>
/// (<c>de.txt</c>, read by <see cref="LexiconFile"/>; each property below is a section of it), so that teaching the parser
/// a language is adding a file. Words are compared
/// in their <see cref="Text.NameFolding"/> form (case, accents and look-alike letters do not matter); a word ending in
/// <c>*</c> is a stem and matches every word it opens. Country names are not here: they come from CLDR
/// (<see cref="Countries.CountryLookup"/>).</summary>
internal sealed class Lexicon
{
    /// <summary>The language's BCP 47 code, for messages and tests.</summary>
    public string Language { get; set; } = "";

    /// <summary>Words that mark a line as naming an organisation: <c>party</c>, <c>partido</c>, <c>kommunist*</c>.</summary>
    public IReadOnlyList<string> OrganisationWords { get; set; } = System.Array.Empty<string>();

    /// <summary>Words that name a political current rather than a kind of organisation (<c>linke</c>, <c>verdes</c>,
    /// <c>unidad</c>): they mark a name as an organisation's as the organisation words do, but a capitalised article before
    /// them is the name's own (<c>Die Linke</c>, <c>Los Verdes</c>), where before a kind it is the sentence's (<c>The Left
    /// Bloc</c>).</summary>
    public IReadOnlyList<string> MovementNames { get; set; } = System.Array.Empty<string>();

    /// <summary>The nouns that open an organisation's name in a script with no capitals, where no capital letter says where
    /// a name begins (Arabic <c>الحزب</c>, <c>الجبهة</c>; not the adjectives among the organisation words, <c>الشيوعي</c>,
    /// which go on a name): see <see cref="Lists.UncasedNames"/>.</summary>
    public IReadOnlyList<string> OrganisationNouns { get; set; } = System.Array.Empty<string>();

    /// <summary>Organisation words written short inside a name (<c>PC</c> in <c>PC del Venezuela</c>): a word of the name
    /// when more of the name follows, a short name alone or with its qualifiers (<c>PC (ML)</c>).</summary>
    public IReadOnlyList<string> OrganisationAbbreviations { get; set; } = System.Array.Empty<string>();

    /// <summary>Plural nouns for the organisations of a list, which alone (with an article) head one: <c>The Parties</c>.</summary>
    public IReadOnlyList<string> ListNouns { get; set; } = System.Array.Empty<string>();

    /// <summary>Nouns that a count of the organisations stands before where they are no list's plural noun: Hungarian
    /// counts with the singular (<c>három baloldali párt</c>, three left parties), which heads no list.</summary>
    public IReadOnlyList<string> CountedNouns { get; set; } = System.Array.Empty<string>();

    /// <summary>Words in a sentence introducing a list that say its organisations attended the meeting.</summary>
    public IReadOnlyList<string> AttendWords { get; set; } = System.Array.Empty<string>();

    /// <summary>Words in a sentence introducing a list, or in the statement's opening, that say its organisations subscribe.</summary>
    public IReadOnlyList<string> SubscribeWords { get; set; } = System.Array.Empty<string>();

    /// <summary>Words in a sentence introducing a list that say its organisations signed.</summary>
    public IReadOnlyList<string> SignWords { get; set; } = System.Array.Empty<string>();

    /// <summary>Words joining the last two items of a list written as prose: <c>and</c>, <c>und</c>, <c>og</c>.</summary>
    public IReadOnlyList<string> Conjunctions { get; set; } = System.Array.Empty<string>();

    /// <summary>Articles an item of a prose list may open with, which belong to no name: <c>the</c>, <c>die</c>.</summary>
    public IReadOnlyList<string> Articles { get; set; } = System.Array.Empty<string>();

    /// <summary>The days of the week, which make a lone date line a page's post date rather than the statement's.</summary>
    public IReadOnlyList<string> Weekdays { get; set; } = System.Array.Empty<string>();

    /// <summary>The conference bodies' names in this language, each with the body it names.</summary>
    public IReadOnlyList<(Issuer Issuer, string Name)> IssuerNames { get; set; } = System.Array.Empty<(Issuer, string)>();

    /// <summary>Names of meetings, each with the body that holds such meetings (or <see langword="null"/> when any may):
    /// <c>World Conference</c> (ICOR), <c>Plenary Session</c> (ICMLPO), <c>regional meeting</c>.</summary>
    public IReadOnlyList<(Issuer? Issuer, string Name)> MeetingNames { get; set; } = System.Array.Empty<(Issuer?, string)>();

    /// <summary>Names of the IMCWP's working group (<c>Working Group</c>, <c>Grupo de Trabalho</c>): a meeting of it is
    /// named with the body it works for (<c>Working Group of the International Meeting of …</c>).</summary>
    public IReadOnlyList<string> WorkingGroupNames { get; set; } = System.Array.Empty<string>();

    /// <summary>Words for a meeting taking place (<c>meeting</c>, <c>met</c>, <c>reunião</c>): a sentence with one of
    /// them and a working group's name reports that group's meeting.</summary>
    public IReadOnlyList<string> MeetingWords { get; set; } = System.Array.Empty<string>();

    /// <summary>Verbs (and verb phrases) after which a sentence names where a meeting was held: <c>held in</c>.</summary>
    public IReadOnlyList<string> HeldInPhrases { get; set; } = System.Array.Empty<string>();

    /// <summary>Verbs (one or two words) that follow the place a meeting was held in: in the locative case (Turkish
    /// <c>Avrupa’da yapıldı</c>, "was held in Europe") or after a preposition of place (Bulgarian <c>в София се проведе</c>).</summary>
    public IReadOnlyList<string> HeldAfterPlace { get; set; } = System.Array.Empty<string>();

    /// <summary>Prepositions before the place a meeting was held in: where the verb of holding follows the place (<c>в</c>
    /// София се проведе), after the meeting's date (<c>on November 25-26, 2006 in Prague</c>) or after the meeting's name
    /// (<c>the International Meeting of … in Athens</c>).</summary>
    public IReadOnlyList<string> PlacePrepositions { get; set; } = System.Array.Empty<string>();

    /// <summary>Nouns of a settlement that may stand before a place's name in a script with no capitals (Arabic
    /// <c>مدينة</c>, "city", in <c>في مدينة أزمير</c>): the name after them is the place. (Not Persian <c>شهر</c>: the
    /// lexicons' words are read in every language, and in Arabic it is the month.)</summary>
    public IReadOnlyList<string> PlaceNouns { get; set; } = System.Array.Empty<string>();

    /// <summary>Words that point at what the text spoke of (Arabic <c>هذا</c>, this): in a script with no capitals, where no
    /// capital says a place's name begins, such a word after a preposition of place is none (<c>في هذا التنسيق</c>, in this
    /// coordination).</summary>
    public IReadOnlyList<string> Demonstratives { get; set; } = System.Array.Empty<string>();

    /// <summary>Endings of the locative case, written after an apostrophe (<c>’da</c>, <c>’de</c>).</summary>
    public IReadOnlyList<string> LocativeEndings { get; set; } = System.Array.Empty<string>();

    /// <summary>Adjectives and nouns of nationality, each with the country's alpha-2 code (<c>Brasileño</c> BR,
    /// <c>libanese</c> LB): a party's country where its name gives no country's name. Only words that name one country.</summary>
    public IReadOnlyList<(string Word, string Code)> Demonyms { get; set; } = System.Array.Empty<(string, string)>();

    /// <summary>Whole lines that are page furniture in this language: <c>Share this:</c>, <c>Like this:</c>, <c>Loading...</c>.</summary>
    public IReadOnlyList<string> FurnitureLines { get; set; } = System.Array.Empty<string>();

    /// <summary>The words a document uses for itself, each with the kind it names: <c>Resolution</c>, <c>uttalelse</c>.</summary>
    public IReadOnlyList<(StatementKind Kind, string Word)> Kinds { get; set; } = System.Array.Empty<(StatementKind, string)>();

    /// <summary>Words that qualify a document's word: <c>joint</c> statement, declaración <c>conjunta</c>.</summary>
    public IReadOnlyList<string> KindQualifiers { get; set; } = System.Array.Empty<string>();

    /// <summary>Prepositions after a document's word that name its author or subject: statement <c>of</c>, uttalelse <c>fra</c>.</summary>
    public IReadOnlyList<string> KindPrepositions { get; set; } = System.Array.Empty<string>();

    /// <summary>The prepositions that link a document to its authors (<c>of</c>, <c>by</c>, <c>de</c>, <c>von</c>), as
    /// in "the manifesto of the parties A, B and C"; not those of its addressees or its topic (<c>to</c>, <c>on</c>).</summary>
    public IReadOnlyList<string> AuthorPrepositions { get; set; } = System.Array.Empty<string>();

    /// <summary>Openings of lines that are page furniture: bylines (<c>Posted on</c>, <c>Publicado el</c>) and
    /// breadcrumbs (<c>You are here</c>, <c>Vous êtes ici</c>).</summary>
    public IReadOnlyList<string> FurnitureOpenings { get; set; } = System.Array.Empty<string>();

    /// <summary>Labels of page furniture: a line that is one of them, or one of them before a colon and anything
    /// (<c>Tags: …</c>, <c>Filed under: …</c>, <c>Next post: …</c>), is furniture.</summary>
    public IReadOnlyList<string> FurnitureLabels { get; set; } = System.Array.Empty<string>();

    /// <summary>Words that point to what follows (<c>here</c>, <c>below</c>, <c>aquí</c>): a short line right after a line
    /// ending in one of them and a colon is the label of a link.</summary>
    public IReadOnlyList<string> PointerWords { get; set; } = System.Array.Empty<string>();

    /// <summary>How sites tag this language in their language switchers and a post's tag line (<c>En</c>; Greek <c>El</c>
    /// and <c>Gr</c>), written as the sites write them.</summary>
    public IReadOnlyList<string> LanguageTags { get; set; } = System.Array.Empty<string>();

    /// <summary>Small words inside a place's name, between its capitalised words (<c>Rio de Janeiro</c>, <c>Frankfurt am
    /// Main</c>, <c>Trinidad and Tobago</c>).</summary>
    public IReadOnlyList<string> PlaceNameWords { get; set; } = System.Array.Empty<string>();

    /// <summary>Words that end a place named after a verb of holding when they follow it (<c>held in Athens on 5 May</c>,
    /// <c>celebrada en Quito del 3 al 5</c>).</summary>
    public IReadOnlyList<string> WordsAfterPlace { get; set; } = System.Array.Empty<string>();

    /// <summary>Endings written after a number to make it an ordinal (<c>5th</c>, <c>5ème</c>, <c>5º</c>); a full stop after the
    /// number (<c>5.</c>) is one in every language.</summary>
    public IReadOnlyList<string> OrdinalEndings { get; set; } = System.Array.Empty<string>();

    /// <summary>Case endings written onto a short name, with the mark that joins them, as written (<c>-a</c> of
    /// <c>SDP-a</c>, <c>-om</c>): the short name is the organisation, the ending only its case in the sentence.</summary>
    public IReadOnlyList<string> ShortNameEndings { get; set; } = System.Array.Empty<string>();

    /// <summary>Words before the date a list of signatories is up to (<c>as of</c>, <c>Stand</c>, <c>con fecha</c>).</summary>
    public IReadOnlyList<string> AsOfWords { get; set; } = System.Array.Empty<string>();

    /// <summary>Words for the people who speak for an organisation, before its name and a link (<c>Representatives of</c>
    /// the …, <c>délégations du</c> …): no part of the name.</summary>
    public IReadOnlyList<string> DelegateWords { get; set; } = System.Array.Empty<string>();

    /// <summary>Words written before a person's name (<c>Dr.</c>, <c>Prof.</c>): an item of a list of organisations that
    /// opens with one is a person who signed as such, not an organisation.</summary>
    public IReadOnlyList<string> PersonalTitles { get; set; } = System.Array.Empty<string>();

    /// <summary>Labels of a picture's credit (<c>Photo</c>, <c>Foto</c>, <c>Photo credit</c>): a line that ends with one and
    /// its colon, in parentheses or after a dash (<c>A rally in Khartoum (Photo: …)</c>), is a picture's caption.</summary>
    public IReadOnlyList<string> CaptionLabels { get; set; } = System.Array.Empty<string>();

    /// <summary>A person's offices (<c>secretary</c>, <c>Sekretär</c>, <c>founding member</c>): after a person in a list of
    /// organisations, an item that opens with one and a name's link (<c>secretary of the Socialist Forum</c>) says what the
    /// person is, and names no signatory of its own.</summary>
    public IReadOnlyList<string> Offices { get; set; } = System.Array.Empty<string>();

    /// <summary>Words for greetings sent to a meeting (<c>greetings</c>, <c>Grußbotschaften</c>, <c>saludos</c>): a list
    /// introduced as their senders is no list of those who signed or attended where another list is.</summary>
    public IReadOnlyList<string> GreetingWords { get; set; } = System.Array.Empty<string>();

    /// <summary>Names of meetings written after their number (<c>XI Plenary Session</c>, <c>5ème session plénière</c>,
    /// <c>21st International Meeting of Communist and Workers' Parties</c>): a line of such a name is the meeting's.</summary>
    public IReadOnlyList<string> NumberedMeetingNames { get; set; } = System.Array.Empty<string>();

    /// <summary>Ordinals written as words (<c>first</c>, <c>second</c>), before a meeting's name.</summary>
    public IReadOnlyList<string> OrdinalWords { get; set; } = System.Array.Empty<string>();

    /// <summary>Words that open a letter's salutation (<c>Dear</c>, <c>Estimados</c>, <c>Liebe</c>): such a line is no title.</summary>
    public IReadOnlyList<string> Salutations { get; set; } = System.Array.Empty<string>();

    /// <summary>Verbs of adopting, signing or issuing a document (<c>adopted</c>, <c>beschlossen</c>, <c>firmada</c>):
    /// a line of one and a date dates the statement.</summary>
    public IReadOnlyList<string> AdoptionWords { get; set; } = System.Array.Empty<string>();

    /// <summary>Words that open a document's closing formula of place and date (<c>Done</c> of <c>Done at Geneva, 5 May
    /// 2020</c>, <c>Fait</c> of <c>Fait à Kaolack, le 23 février 2008</c>, <c>Hecho</c>): such a line places and dates the
    /// statement.</summary>
    public IReadOnlyList<string> DoneAtWords { get; set; } = System.Array.Empty<string>();

    /// <summary>Prepositions between an adoption verb and its date (<c>on</c>, <c>le</c>, <c>am</c>).</summary>
    public IReadOnlyList<string> DatePrepositions { get; set; } = System.Array.Empty<string>();

    /// <summary>Words before a time of day after a post's date (<c>at</c> 10:15, <c>um</c> 13:30).</summary>
    public IReadOnlyList<string> TimePrepositions { get; set; } = System.Array.Empty<string>();

    /// <summary>Words for the parts of a text that a sentence may announce with a word such as <c>following</c>
    /// (<c>points</c>, <c>demands</c>, <c>temi</c>): "… agreed on the following points:" heads no list of organisations.</summary>
    public IReadOnlyList<string> TextParts { get; set; } = System.Array.Empty<string>();

    /// <summary>Words that open a point of a text as its number would (<c>Firstly</c>, <c>Erstens</c>, Arabic
    /// <c>أولاً</c>, <c>ثانياً</c>): a line that opens with one is the text's point, never a list's entry.</summary>
    public IReadOnlyList<string> PointOpeners { get; set; } = System.Array.Empty<string>();

    /// <summary>Phrases that open a letter's closing formula above its signatures (<c>In solidarity</c>, <c>Yours in
    /// struggle</c>, <c>Saludos fraternales</c>, <c>Mit solidarischen Grüßen</c>): such a line is the letter's, never a
    /// list's entry.</summary>
    public IReadOnlyList<string> LetterClosings { get; set; } = System.Array.Empty<string>();

    /// <summary>Phrases that open a signature on an organisation's behalf (<c>For the Communist Party of Ireland</c>,
    /// <c>On behalf of …</c>, <c>Pour le …</c>, <c>Por el …</c>): the organisation is the entry, the phrase no part of
    /// its name.</summary>
    public IReadOnlyList<string> BehalfPhrases { get; set; } = System.Array.Empty<string>();

    /// <summary>Words that link an organisation to the person who leads it (<c>Partito comunista di Marco Rizzo</c>,
    /// <c>the Workers' Front of Marta Lenzi</c>, <c>Janata Samajbadi Party led by Upendra Yadav</c>): an item so written names
    /// the organisation.</summary>
    public IReadOnlyList<string> LeaderLinks { get; set; } = System.Array.Empty<string>();

    /// <summary>Words that open a relative clause (<c>that</c>, <c>que</c>, <c>che</c>): after the organisations' plural
    /// noun, one opens the words that say which organisations they are (<c>the organisations that make up the front (A, B,
    /// …)</c>).</summary>
    public IReadOnlyList<string> RelativeWords { get; set; } = System.Array.Empty<string>();

    /// <summary>Numbers written as words, each with its value (<c>3 | three</c>): a sentence that counts the parties it
    /// names ("the three parties, A, B and C") confirms its list by the count.</summary>
    public IReadOnlyList<(int Count, string Word)> CountWords { get; set; } = System.Array.Empty<(int, string)>();

    /// <summary>Spellings and abbreviations of the months beyond CLDR's names, each with the month's number
    /// (<c>9 | Sept</c>, <c>3 | Maerz</c>).</summary>
    public IReadOnlyList<(int Month, string Name)> MonthNames { get; set; } = System.Array.Empty<(int, string)>();

    /// <summary>Words between two days of one date (<c>18 and 20 October</c>, <c>8 al 10 de mayo</c>, <c>28 و30 أيلول</c>): the
    /// date is a range of days. Arabic writes its "and" onto the second day.</summary>
    public IReadOnlyList<string> DayRangeWords { get; set; } = System.Array.Empty<string>();

    /// <summary>Words between a day and its month's name (<c>17th of January</c>, <c>17 de enero</c>).</summary>
    public IReadOnlyList<string> MonthLinks { get; set; } = System.Array.Empty<string>();

    /// <summary>Words between a month's name and its year (<c>enero de 2020</c>, <c>noviembre del 2012</c>).</summary>
    public IReadOnlyList<string> YearLinks { get; set; } = System.Array.Empty<string>();

    /// <summary>Words for "between" (<c>between</c>, <c>entre</c>, <c>между</c>): a heading that names an agreement or a
    /// meeting between parties names them after it (<c>За сътрудничество … между БКП и БРП/к/</c>).</summary>
    public IReadOnlyList<string> BetweenWords { get; set; } = System.Array.Empty<string>();

    /// <summary>Heads of organisations' names in the singular with their plural (<c>Communist Party | Communist Parties</c>): a
    /// sentence that names several parties with one plural head and their countries (<c>the Communist Parties of Greece,
    /// Turkey and Cyprus</c>) names each party with the singular head.</summary>
    public IReadOnlyList<(string Singular, string Plural)> SharedHeads { get; set; } = System.Array.Empty<(string, string)>();

    /// <summary>Acronyms of unions of states and international institutions that sentences name beside parties
    /// (<c>NATO</c>, <c>EU</c>, <c>ΝΑΤΟ</c>): never a party, though written as parties' acronyms are.</summary>
    public IReadOnlyList<string> Institutions { get; set; } = System.Array.Empty<string>();

    /// <summary>Events that are no meeting of the parties (<c>elections</c>, <c>referendum</c>): a sentence that says one
    /// was held somewhere (<c>the parliamentary election, which will be held in Serbia</c>) and names no meeting gives no
    /// place of the statement.</summary>
    public IReadOnlyList<string> OtherEvents { get; set; } = System.Array.Empty<string>();

    /// <summary>Prepositions between an organisation and its country in an entry (<c>AKEL from Cyprus</c>,
    /// <c>DKP aus Deutschland</c>). Only words that never stand inside a party's own name: not <c>de</c> or <c>of</c>.</summary>
    public IReadOnlyList<string> OriginPrepositions { get; set; } = System.Array.Empty<string>();

    /// <summary>Small words that join the words of an organisation's name between its capitals (<c>of</c>, <c>de</c>,
    /// <c>der</c>, <c>i</c>): where a name written in a sentence of prose goes on (<c>Communist Party of Nepal</c>) and
    /// where the sentence takes over (<c>… Party was held</c>). Not the conjunctions: they join two names.</summary>
    public IReadOnlyList<string> NameLinks { get; set; } = System.Array.Empty<string>();

    /// <summary>How a country's name changes its ending inside a party's name (a genitive): each pair the ending of the
    /// name as CLDR writes it and the ending it takes instead, empty for none (Polish <c>ia</c> → <c>ii</c>,
    /// <c>Australia</c> → <c>Australii</c>; Norwegian nothing → <c>s</c>, <c>Brasil</c> → <c>Brasils</c>; Greek
    /// <c>ο</c> → <c>ου</c>, <c>Βέλγιο</c> → <c>Βελγίου</c>). Written in the folded form (lower case, no accents).</summary>
    public IReadOnlyList<(string NameEnding, string InflectedEnding)> CountryNameEndings { get; set; } = System.Array.Empty<(string, string)>();

    /// <summary>Headings of a list (<c>Signatories</c>, <c>Organizaciones firmantes</c>, <c>Weitere Unterzeichner</c>), each
    /// with the role it gives the organisations under it and whether they signed later than the first ones.</summary>
    public IReadOnlyList<((SignatoryRole Role, bool Late) Heading, string Phrase)> ListHeadings { get; set; } =
        System.Array.Empty<((SignatoryRole, bool), string)>();

    /// <summary>Plural nouns for organisations that may stand before or after a list heading (<c>Signatory parties</c>).</summary>
    public IReadOnlyList<string> HeadingNouns { get; set; } = System.Array.Empty<string>();

    /// <summary>Words that announce what comes next (<c>following</c>, <c>siguientes</c>): a sentence ending in a colon
    /// with one of them and a word of signing, subscribing or attending heads a list.</summary>
    public IReadOnlyList<string> FollowingWords { get; set; } = System.Array.Empty<string>();

    /// <summary>Words that say organisations came after the first ones (<c>later</c>, <c>since</c>, <c>associaram-se</c>):
    /// a sentence naming organisations with one of them, below another list written in a sentence, is that list's later
    /// wave.</summary>
    public IReadOnlyList<string> LaterWords { get; set; } = System.Array.Empty<string>();

    /// <summary>The word a byline names its authors after (<c>by</c>, <c>par</c>, <c>por</c>): a byline under the title
    /// that names organisations (<c>23 juillet 2011 --- Par APK, La Voie Démocratique (MAROC), PCE-ML, …</c>) names the
    /// statement's signatories.</summary>
    public IReadOnlyList<string> BylineWords { get; set; } = System.Array.Empty<string>();

    /// <summary>Words of organisations' names that are no organisation's word alone and that persons' names do not hold
    /// (<c>National</c>, <c>Democratic</c>, <c>Council</c>, <c>Congress</c>; not <c>Unity</c> nor <c>Freedom</c>, which are
    /// given names): "Vijaya Dharani National Council" is written as a person's name is, word for word, and is none.</summary>
    public IReadOnlyList<string> NameWordsOfNoPerson { get; set; } = System.Array.Empty<string>();

    /// <summary>Words by which a sentence adds organisations to those the sentence before it named (<c>also</c>,
    /// <c>también</c>, <c>auch</c>): "The meeting was also attended by …" goes on with the list.</summary>
    public IReadOnlyList<string> AlsoWords { get; set; } = System.Array.Empty<string>();

    /// <summary>The labels of a letter's address lines before their colon (<c>From</c>, <c>To</c>, <c>Subject</c>,
    /// Persian <c>از</c>, <c>به</c>, <c>موضوع</c>): such a line names the sender, the addressee or the matter, and is no
    /// entry of a list.</summary>
    public IReadOnlyList<string> LetterFields { get; set; } = System.Array.Empty<string>();

    /// <summary>Words of a periodical's issue as an archive cites it (<c>page</c>, <c>volume</c>, Hungarian <c>évfolyam</c>,
    /// <c>szám</c>, Icelandic <c>Blaðsíða</c>): with a date and a number, a line at the top of a page is the cited issue.</summary>
    public IReadOnlyList<string> IssueWords { get; set; } = System.Array.Empty<string>();

    /// <summary>Words that say the signatures stand below the text (<c>below</c>, <c>the undersigned</c>, Turkish
    /// <c>aşağıda</c>): with a word of signing, a sentence of the text announces a closing line of names as its
    /// signatures.</summary>
    public IReadOnlyList<string> BelowWords { get; set; } = System.Array.Empty<string>();

    /// <summary>Headings of a page's list of other posts (<c>Related posts</c>, <c>Neueste Beiträge</c>, Turkish
    /// <c>Yazarın Diğer Yazıları</c>): the heading and the short lines of titles right under it are the page's.</summary>
    public IReadOnlyList<string> PostListHeadings { get; set; } = System.Array.Empty<string>();

    /// <summary>Words of what a body is made of (<c>composed of</c>, <c>composées du</c>, <c>composto da</c>, <c>integrada
    /// por</c>): the organisations after them are its members, who sign what it says when the sentence gives no other
    /// role.</summary>
    public IReadOnlyList<string> MemberWords { get; set; } = System.Array.Empty<string>();

    /// <summary>Words that open a sentence with an organisation it adds to those its list names (<c>besides</c>, Portuguese
    /// <c>além</c>, German <c>neben</c>): "Besides the host A, B, C and D attended" names A among them.</summary>
    public IReadOnlyList<string> BesidesWords { get; set; } = System.Array.Empty<string>();

    /// <summary>Phrases that join the last name of a list to the others as a conjunction does (<c>as well as</c>,
    /// <c>ainsi que</c>, <c>بالإضافة إلى</c>, in addition to).</summary>
    public IReadOnlyList<string> JoiningPhrases { get; set; } = System.Array.Empty<string>();

    /// <summary>Joining phrases of doing something together (<c>together with</c>, <c>zusammen mit</c>, <c>junto con</c>):
    /// after a name they join the next name to the list as <see cref="JoiningPhrases"/> do; right after a word in lower
    /// case they join a doing's partners (<c>organisée conjointement avec le FDLP</c>), no name.</summary>
    public IReadOnlyList<string> TogetherPhrases { get; set; } = System.Array.Empty<string>();

    /// <summary>Words after which a sentence names some of the organisations it spoke of (<c>including</c>, <c>among
    /// them</c>, <c>darunter</c>, Indonesian <c>diantaranya</c>): a list in the sentence.</summary>
    public IReadOnlyList<string> IncludingWords { get; set; } = System.Array.Empty<string>();

    /// <summary>Phrases that say the organisations just spoken of are named after them, all of them (<c>namely</c>,
    /// <c>namelijk</c>, <c>à savoir</c>), also opening a sentence of their own (<c>Il s’agit de …</c>, <c>Es handelt sich
    /// um …</c>): what follows is the list, in the role the words before gave.</summary>
    public IReadOnlyList<string> NamelyWords { get; set; } = System.Array.Empty<string>();

    /// <summary>In a script with no capitals, the plural of an organisation's noun written once before the names it
    /// governs (Arabic <c>أحزاب</c>, "the parties of", in <c>أحزاب العمال والجمهوري والقطب</c>): each name after it
    /// opens with the conjunction written onto its first word and has no noun of its own.</summary>
    public IReadOnlyList<string> PluralOrganisationNouns { get; set; } = System.Array.Empty<string>();

    /// <summary>The names of the Latin letters as the language's script writes them (Bengali <c>সি</c>, <c>পি</c>,
    /// <c>আই</c>; Hindi <c>सी</c>, <c>पी</c>, <c>आई</c>): a script with no capitals writes an English acronym by its letters'
    /// names run together (<c>সিপিআই</c>, CPI), which is how such an acronym is known.</summary>
    public IReadOnlyList<string> LetterNames { get; set; } = System.Array.Empty<string>();

    /// <summary>Words written after a noun to make it plural (Persian <c>ها</c>, <c>های</c>): an organisation's noun so
    /// followed (<c>سازمان های چپ</c>, the organisations of the left) speaks of a kind of organisations and names none.</summary>
    public IReadOnlyList<string> PluralMarkers { get; set; } = System.Array.Empty<string>();

    /// <summary>The word for "year" (abbreviated) that some languages write after a year, with or without a space
    /// (<c>28 юни 2017г.</c>, <c>7 ноября 2017 г.</c>).</summary>
    public IReadOnlyList<string> YearWords { get; set; } = System.Array.Empty<string>();

    /// <summary>Letters written onto the next word that a country's name may take (Arabic <c>ل</c>, "of": <c>لجنوب
    /// أفريقيا</c>).</summary>
    public IReadOnlyList<string> CountryNamePrefixes { get; set; } = System.Array.Empty<string>();

    /// <summary>Words for a page's links (<c>links</c>, <c>enlaces</c>): a line ending in a colon right after one of them
    /// announces links, and is page furniture.</summary>
    public IReadOnlyList<string> LinkWords { get; set; } = System.Array.Empty<string>();

    /// <summary>Names of a party's organs (<c>Central Committee</c>, <c>Comité Central</c>, <c>Zentralkomitee</c>): an
    /// entry that opens with one and a small word of names (<c>Comités Centrales del Partido Comunista de Colombia</c>)
    /// names the party after it, which is the organisation that signs.</summary>
    public IReadOnlyList<string> Organs { get; set; } = System.Array.Empty<string>();

    /// <summary>The word for a party's periodical (<c>organ</c>, <c>organe</c>, <c>Zentralorgan</c>): a line that has it
    /// among its first three words, then the party it speaks for (<c>Organ of the Communist Party of Germany</c>) is the tagline of the
    /// periodical a page was copied from, and the periodical's name above it is the page's too.</summary>
    public IReadOnlyList<string> PeriodicalWords { get; set; } = System.Array.Empty<string>();

    /// <summary>Endings a country's name takes after an apostrophe to say "from" (Turkish <c>Brezilya’dan</c>): such a
    /// word before a party's name gives its country.</summary>
    public IReadOnlyList<string> OriginEndings { get; set; } = System.Array.Empty<string>();

    /// <summary>Names of a table's columns (<c>Party</c>, <c>Country</c>): a row of nothing else is the table's header.</summary>
    public IReadOnlyList<string> ColumnNames { get; set; } = System.Array.Empty<string>();
}
