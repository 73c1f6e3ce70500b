
namespace Zhiku.Web.Hosting;

/// <summary>The platform's settings, section "Zhiku" (command line: --Zhiku:Data=DIR).</summary>
public sealed class ZhikuWebOptions
{
    public const string Section = "Zhiku";

    /// <summary>The data directory; $ZHIKU_DATA, else ./zhiku-data when empty.</summary>
    public string? Data { get; set; }

    /// <summary>A PostgreSQL store (connection string or postgres:// URI); $ZHIKU_STORE, else the data directory's own store, when empty.</summary>
    public string? Store { get; set; }

    /// <summary>The sample corpus folder; found beside the application or the repository when empty.</summary>
    public string? Samples { get; set; }

    /// <summary>Whether the first start with an empty data directory imports the sample corpus.</summary>
    public bool LoadSamples { get; set; } = true;

    /// <summary>The first administrator's password; random (and printed once) when empty.</summary>
    public string? AdminPassword { get; set; }

    /// <summary>Sign-in attempts allowed per user name and address per minute.</summary>
    public int SignInPermitsPerMinute { get; set; } = 5;

    /// <summary>How many recent search results are kept for repeated searches (0: none); an import drops them.</summary>
    public int SearchCacheEntries { get; set; } = global::Zhiku.Search.SearchService.DefaultCacheEntries;

    /// <summary>The largest upload (all files of one request) accepted for import, in bytes.</summary>
    public long MaxUploadBytes { get; set; } = 256L << 20;

    /// <summary>The largest file attached to a registry record (Zhiku:MaxAttachmentBytes), in bytes.</summary>
    public long MaxAttachmentBytes { get; set; } = 20L << 20;

    /// <summary>The bounds on what one imported file may make the importers hold in memory (Zhiku:ImportLimits:MaxLineChars …).</summary>
    public global::Zhiku.Files.ImportLimits ImportLimits { get; set; } = new();

    /// <summary>Who may read /metrics besides administrators (Zhiku:Metrics:AllowedNetworks, CIDR; loopback by default).</summary>
    public Operations.MetricsOptions Metrics { get; set; } = new();

    /// <summary>The OAI-PMH provider at /oai (Zhiku:Oai:RepositoryName, AdminEmail, RepositoryIdentifier, PageSize).</summary>
    public global::Zhiku.Dissemination.Oai.OaiOptions Oai { get; set; } = new();

    /// <summary>Trusted reverse proxies besides loopback (Zhiku:Proxy:KnownNetworks, CIDR).</summary>
    public Operations.ProxyOptions Proxy { get; set; } = new();
}
