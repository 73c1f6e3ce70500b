using Zhiku.Model;
using Zhiku.Storage;

namespace Zhiku.Web.Tests.Support;

/// <summary>Small RIS files the tests write: one marked probe record per access level, a hostile record, a rejected one.</summary>
internal static class Probes
{
    public const string HostileTitle = "<script>alert('zk-title')</script> Hostile probe report";
    public const string HostileAbstract = "<img src=x onerror=alert('zk-abstract')> hostile probe abstract";

    /// <summary>The unique word in the title of the probe of an access level ("zkprobepublic").</summary>
    public static string Marker(AccessLevel level) => "zkprobe" + AccessLevels.Name(level);

    /// <summary>The unique keyword of the probe of an access level ("zkkeyword-public"), for suggestions.</summary>
    public static string Keyword(AccessLevel level) => "zkkeyword-" + AccessLevels.Name(level);

    public static string Write(string folder, AccessLevel level)
    {
        var path = Path.Combine(folder, $"probe-{AccessLevels.Name(level)}.ris");
        File.WriteAllText(path, $"TY  - RPRT\nTI  - {Marker(level)} access probe of the platform\nAU  - Probe, Author\nKW  - access probes\nKW  - {Keyword(level)}\nPY  - 2020\nER  - \n");
        return path;
    }

    /// <summary>A record with markup in its title, abstract and keyword; its citation count (ZC) puts it in the report's most-cited table.</summary>
    public static string WriteHostile(string folder)
    {
        var path = Path.Combine(folder, "hostile.ris");
        File.WriteAllText(path, $"TY  - RPRT\nTI  - {HostileTitle}\nAB  - {HostileAbstract}\nKW  - <b onmouseover=alert(3)>hostile keyword</b>\nPY  - 2021\nZC  - 1\nER  - \n");
        return path;
    }

    /// <summary>Two good records and one without a title, which the import rejects.</summary>
    public static string WriteWithRejection(string folder)
    {
        var path = Path.Combine(folder, "upload-with-rejection.ris");
        File.WriteAllText(path, "TY  - JOUR\nTI  - Uploaded record about innovation policy\nAU  - Wang, Ming\nPY  - 2019\nER  - \n\nTY  - JOUR\nAU  - Nobody, A\nPY  - 2019\nER  - \n\nTY  - JOUR\nTI  - 上传的科技政策记录\nAU  - 李华\nPY  - 2020\nER  - \n");
        return path;
    }
}
