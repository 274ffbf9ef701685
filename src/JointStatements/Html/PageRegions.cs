using System;
using System.Collections.Generic;
using AngleSharp.Dom;

namespace JointStatements.Html;

/// <summary>What part of a page an element is: not text at all (scripts, styles, hidden elements), page furniture (menus,
/// banners, sidebars, sharing and comment widgets, forms), or possibly the statement. And where the statement is: the
/// page's main region (<c>main</c>, else its article, else a content region named as content management systems name
/// it), else the block of the densest running text.</summary>
internal sealed class PageRegions
{
    // Elements whose content is never text a reader sees.
    private static readonly HashSet<string> NotText = new(StringComparer.Ordinal)
    {
        "head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "video", "audio",
        "canvas", "select", "input", "textarea", "button", "datalist", "map",
    };

    // Elements that are furniture wherever they stand.
    private static readonly HashSet<string> FurnitureElements = new(StringComparer.Ordinal) { "nav", "aside", "form", "footer", "dialog", "menu" };

    private static readonly HashSet<string> FurnitureRoles = new(StringComparer.Ordinal)
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog",
    };

    // Words of class and id names that mark furniture in the themes of WordPress, Drupal, Plone, SPIP and static sites.
    private static readonly HashSet<string> FurnitureWords = new(StringComparer.Ordinal)
    {
        "nav", "navbar", "navigation", "menu", "menubar", "submenu", "breadcrumb", "breadcrumbs", "crumbs", "sidebar",
        "widget", "widgets", "share", "shares", "sharing", "sharedaddy", "social", "addtoany", "shariff", "sociable",
        "related", "relatedposts", "comments", "comment", "respond", "pagination", "pager", "masthead", "colophon",
        "cookie", "cookies", "banner", "skiplink", "skiplinks", "toolbar", "portlet", "portlets", "tagcloud", "searchform",
        "searchbox", "subscribe", "newsletter", "advert", "advertisement", "documentactions", "printfriendly", "topbar",
        "langswitcher", "languages", "translations", "footnav", "postnav", "sitemap", "login", "slideshow", "byline", "submitted", "meta", "postmeta", "links", "print",
        "footer", "pied", "piedpage", "fuss", "cta", "published", "aside", "arbo", "ariane", "filariane", "partage", "partager", "compartir", "teilen", "condividi", "partilhar",
    };

    // Names that mark the page's own header: furniture only outside the statement's article, where a theme's "entry-header"
    // holds the statement's title.
    private static readonly HashSet<string> PageBandWords = new(StringComparer.Ordinal)
    {
        "header", "entete", "bandeau", "kopf", "cabecera",
    };

    // Whole class names of the blocks that say who posted an article and when (a post's date is not its statement's).
    private static readonly HashSet<string> BylineNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "article-info", "entry-meta", "post-meta", "post-info", "info-publi", "entry-utility", "postmetadata", "article-byline",
    };

    // Class and id names of the content region in common site software, whole names compared without case, the more
    // specific first: a theme's "content" holds the title and the text, its "main" often the sidebars too.
    private static readonly string[] ContentNames =
    {
        "content", "contenu", "main-content", "maincontent", "content-main", "contenu-principal", "region-content",
        "documentContent", "inhalt", "contenido", "conteudo", "contenuto", "page-content", "single-post", "post", "story",
        "article-content", "post-content", "entry-content", "node-content", "field-name-body", "parent-fieldname-text",
        "content-core", "texte", "main",
    };

    private readonly Dictionary<IElement, int> _text = new();
    private readonly Dictionary<IElement, int> _linkText = new();
    private readonly HashSet<IElement> _furniture = new();

    private PageRegions(IElement body)
    {
        Body = body;
        Measure(body);
        Main = FindMain();
    }

    /// <summary>The page's body.</summary>
    public IElement Body { get; }

    /// <summary>The element holding the statement.</summary>
    public IElement Main { get; }

    public static PageRegions Of(IDocument document) => new(document.Body ?? document.DocumentElement);

    /// <summary>Whether the element's content is no text at all.</summary>
    public static bool IsNotText(IElement element)
    {
        if (NotText.Contains(element.LocalName) || element.HasAttribute("hidden")) return true;
        if (string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)) return true;
        if (element.GetAttribute("style") is { } style)
        {
            var compact = style.Replace(" ", "").ToLowerInvariant();
            if (compact.Contains("display:none") || compact.Contains("visibility:hidden")) return true;
        }
        return false;
    }

    /// <summary>Whether the element (with everything in it) is page furniture.</summary>
    public bool IsFurniture(IElement element) => _furniture.Contains(element);

    /// <summary>The visible text length of an element, furniture left out.</summary>
    public int TextLength(IElement element) => _text.TryGetValue(element, out var length) ? length : 0;

    // Three passes: every element's visible text; which elements are furniture (a name alone never makes furniture of an
    // element holding half the page's text: some site software calls every box a "widget", the post's too); then the
    // text lengths and link text with the furniture left out.
    private void Measure(IElement root)
    {
        var all = new Dictionary<IElement, int>();
        PostOrder(root, element => all[element] = OwnAndChildren(element, child => all.TryGetValue(child, out var length) ? length : 0));
        var half = (all.TryGetValue(root, out var page) ? page : 0) / 2;
        PostOrder(root, element =>
        {
            if (IsFurnitureItself(element) || (HasFurnitureName(element) && all[element] <= half)) _furniture.Add(element);
        });
        PostOrder(root, element =>
        {
            _text[element] = OwnAndChildren(element, child => _furniture.Contains(child) ? 0 : TextLength(child));
            var links = 0;
            for (var child = element.FirstElementChild; child is not null; child = child.NextElementSibling)
            {
                if (IsNotText(child) || _furniture.Contains(child)) continue;
                links += child.LocalName == "a" ? TextLength(child) : (_linkText.TryGetValue(child, out var l) ? l : 0);
            }
            _linkText[element] = links;
        });
    }

    // The visible length of an element's own text and of its children's as measured.
    private static int OwnAndChildren(IElement element, Func<IElement, int> child)
    {
        var length = 0;
        for (var node = element.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is IText text) length += VisibleLength(text.Data);
            else if (node is IElement e && !IsNotText(e)) length += child(e);
        }
        return length;
    }

    // Children before their parent, with an explicit stack: a page may nest hundreds deep.
    private static void PostOrder(IElement root, Action<IElement> visit)
    {
        var stack = new Stack<(IElement Element, bool Done)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (element, done) = stack.Pop();
            if (done)
            {
                visit(element);
                continue;
            }
            if (IsNotText(element)) continue;
            stack.Push((element, true));
            for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling) stack.Push((child, false));
        }
    }

    // Furniture by what the element is: menus, asides, forms, footers, the page's own header, and their ARIA roles.
    private static bool IsFurnitureItself(IElement element)
    {
        var name = element.LocalName;
        if (FurnitureElements.Contains(name)) return true;
        if (element.GetAttribute("role") is { } role && FurnitureRoles.Contains(role.Trim().ToLowerInvariant())) return true;
        return name == "header" && !HasAncestor(element, "article", "main");
    }

    // Furniture by what the site calls it: words of its class and id names.
    private static bool HasFurnitureName(IElement element)
    {
        // The body's class names describe the whole page ("one-sidebar", "has-menu"), not a part of it.
        if (element.LocalName is "body" or "html") return false;
        foreach (var name in element.ClassList)
        {
            if (BylineNames.Contains(name)) return true;
        }
        var outsideArticle = !HasAncestor(element, "article", "main");
        foreach (var word in NameWords(element))
        {
            if (FurnitureWords.Contains(word)) return true;
            if (outsideArticle && PageBandWords.Contains(word)) return true;
        }
        return false;
    }

    private IElement FindMain()
    {
        var total = Math.Max(1, TextLength(Body));
        bool Holds(IElement e) => !InFurniture(e) && TextLength(e) * 4 >= total;

        foreach (var element in Body.QuerySelectorAll("main, [role=main]"))
        {
            if (Holds(element)) return element;
        }
        IElement? article = null;
        foreach (var element in Body.QuerySelectorAll("article"))
        {
            if (Holds(element) && (article is null || TextLength(element) > TextLength(article))) article = element;
        }
        if (article is not null) return article;
        var named = Body.QuerySelectorAll("[id], [class]");
        foreach (var name in ContentNames)
        {
            foreach (var element in named)
            {
                if (Holds(element) && (string.Equals(element.Id, name, StringComparison.OrdinalIgnoreCase) || HasClass(element, name))) return element;
            }
        }
        return Densest() ?? Body;
    }

    // Readability's idea, small: blocks of running text score for their parent and, half, their grandparent; the best
    // scored container, weighed by how little of its text is links, holds the statement. It grows to its parent while the
    // parent adds as much plain text again as a fifth of it (the list of signatories beside the paragraphs).
    private IElement? Densest()
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var block in Body.QuerySelectorAll("p, li, td, pre, blockquote, dd, div, font, span"))
        {
            if (InFurniture(block)) continue;
            var own = OwnTextLength(block);
            if (own < 25) continue;
            var score = 1 + Math.Min(own / 100.0, 3);
            if (block.ParentElement is { } parent)
            {
                scores[parent] = (scores.TryGetValue(parent, out var s) ? s : 0) + score;
                if (parent.ParentElement is { } grandparent) scores[grandparent] = (scores.TryGetValue(grandparent, out var g) ? g : 0) + score / 2;
            }
        }
        IElement? best = null;
        var bestScore = 0.0;
        foreach (var pair in scores)
        {
            var text = Math.Max(1, TextLength(pair.Key));
            var linkDensity = (_linkText.TryGetValue(pair.Key, out var l) ? l : 0) / (double)text;
            var score = pair.Value * (1 - linkDensity);
            if (score > bestScore || (score == bestScore && best is not null && IsBefore(pair.Key, best)))
            {
                best = pair.Key;
                bestScore = score;
            }
        }
        if (best is null) return null;
        while (best.ParentElement is { } parent && parent != Body.ParentElement && !InFurniture(parent))
        {
            var added = PlainText(parent) - PlainText(best);
            if (added * 5 < PlainText(best)) break;
            best = parent;
        }
        return best;
    }

    private int PlainText(IElement element) => TextLength(element) - (_linkText.TryGetValue(element, out var l) ? l : 0);

    private int OwnTextLength(IElement element)
    {
        var length = 0;
        for (var node = element.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is IText t) length += VisibleLength(t.Data);
            else if (node is IElement child && IsInline(child) && !_furniture.Contains(child)) length += TextLength(child);
        }
        return length;
    }

    /// <summary>Whether the element or one of its ancestors is furniture.</summary>
    public bool InFurniture(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (_furniture.Contains(e)) return true;
        }
        return false;
    }

    private static bool HasClass(IElement element, string name)
    {
        foreach (var value in element.ClassList)
        {
            if (string.Equals(value, name, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static bool IsBefore(IElement a, IElement b) => (a.CompareDocumentPosition(b) & DocumentPositions.Following) != 0;

    internal static bool IsInline(IElement element) => element.LocalName switch
    {
        "a" or "b" or "strong" or "i" or "em" or "u" or "span" or "font" or "small" or "big" or "sup" or "sub" or "abbr"
            or "acronym" or "cite" or "q" or "mark" or "s" or "strike" or "del" or "ins" or "code" or "tt" or "time" or "bdi" or "bdo" => true,
        _ => false,
    };

    private static bool HasAncestor(IElement element, string first, string second)
    {
        for (var e = element.ParentElement; e is not null; e = e.ParentElement)
        {
            if (e.LocalName == first || e.LocalName == second) return true;
        }
        return false;
    }

    // The words of an element's id and class names, lower case: "site-header" gives "site" and "header", "jp-relatedposts" "jp" and "relatedposts".
    private static IEnumerable<string> NameWords(IElement element)
    {
        foreach (var name in new[] { element.Id, element.GetAttribute("class") })
        {
            if (string.IsNullOrEmpty(name)) continue;
            var start = -1;
            for (var i = 0; i <= name!.Length; i++)
            {
                var letter = i < name.Length && char.IsLetterOrDigit(name[i]);
                if (letter && start < 0) start = i;
                if (letter || start < 0) continue;
                yield return name.Substring(start, i - start).ToLowerInvariant();
                start = -1;
            }
        }
    }

    private static int VisibleLength(string text)
    {
        var length = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c)) length++;
        }
        return length;
    }
}
