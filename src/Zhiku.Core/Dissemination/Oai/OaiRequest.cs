namespace Zhiku.Dissemination.Oai;

/// <summary>
/// A request's verb and arguments, checked against the protocol: each argument once, only those its verb knows, the
/// required ones present, a resumption token alone.
/// </summary>
public sealed class OaiRequest
{
    public const string Identify = "Identify";
    public const string ListMetadataFormats = "ListMetadataFormats";
    public const string ListSets = "ListSets";
    public const string GetRecord = "GetRecord";
    public const string ListIdentifiers = "ListIdentifiers";
    public const string ListRecords = "ListRecords";

    /// <summary>The order the request element lists its attributes in.</summary>
    internal static readonly string[] ArgumentOrder = ["identifier", "metadataPrefix", "from", "until", "set", "resumptionToken"];

    private static readonly Dictionary<string, (string[] Allowed, string[] Required)> Verbs = new(StringComparer.Ordinal)
    {
        [Identify] = ([], []),
        [ListMetadataFormats] = (["identifier"], []),
        [ListSets] = (["resumptionToken"], []),
        [GetRecord] = (["identifier", "metadataPrefix"], ["identifier", "metadataPrefix"]),
        [ListIdentifiers] = (["metadataPrefix", "from", "until", "set", "resumptionToken"], ["metadataPrefix"]),
        [ListRecords] = (["metadataPrefix", "from", "until", "set", "resumptionToken"], ["metadataPrefix"]),
    };

    private OaiRequest(string verb, Dictionary<string, string> arguments)
    {
        Verb = verb;
        Arguments = arguments;
    }

    public string Verb { get; }

    /// <summary>The arguments besides the verb, by name.</summary>
    public IReadOnlyDictionary<string, string> Arguments { get; }

    public string? this[string name] => Arguments.TryGetValue(name, out var value) ? value : null;

    /// <summary>Checks the name–value pairs of a query string or form; throws the refusal that answers a bad request.</summary>
    internal static OaiRequest Parse(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var all = pairs.GroupBy(p => p.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(p => p.Value).ToList(), StringComparer.Ordinal);
        if (!all.TryGetValue("verb", out var verbs) || verbs.Count == 0 || string.IsNullOrEmpty(verbs[0]))
        {
            throw OaiRefusal.Of(OaiError.BadVerb, "badVerb.missing");
        }

        if (verbs.Count > 1)
        {
            throw OaiRefusal.Of(OaiError.BadVerb, "badVerb.repeated");
        }

        if (!Verbs.TryGetValue(verbs[0], out var rules))
        {
            throw OaiRefusal.Of(OaiError.BadVerb, "badVerb.unknown", verbs[0]);
        }

        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, values) in all.Where(a => a.Key != "verb").OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            if (!rules.Allowed.Contains(name))
            {
                throw OaiRefusal.Of(OaiError.BadArgument, "badArgument.unknown", name, verbs[0]);
            }

            if (values.Count > 1)
            {
                throw OaiRefusal.Of(OaiError.BadArgument, "badArgument.repeated", name);
            }

            arguments[name] = values[0];
        }

        if (arguments.ContainsKey("resumptionToken"))
        {
            if (arguments.Count > 1)
            {
                throw OaiRefusal.Of(OaiError.BadArgument, "badArgument.exclusive");
            }
        }
        else if (rules.Required.FirstOrDefault(r => !arguments.ContainsKey(r)) is { } missing)
        {
            throw OaiRefusal.Of(OaiError.BadArgument, "badArgument.missing", missing);
        }

        if (arguments.TryGetValue("metadataPrefix", out var prefix) && !OaiSyntax.IsMetadataPrefix(prefix))
        {
            throw OaiRefusal.Of(OaiError.BadArgument, "badArgument.prefix", prefix);
        }

        if (arguments.TryGetValue("set", out var set) && !OaiSyntax.IsSetSpec(set))
        {
            throw OaiRefusal.Of(OaiError.BadArgument, "badArgument.set", set);
        }

        return new OaiRequest(verbs[0], arguments);
    }
}
