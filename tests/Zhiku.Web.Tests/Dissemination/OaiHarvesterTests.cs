using System.Diagnostics;

namespace Zhiku.Web.Tests.Dissemination;

/// <summary>
/// A real harvester against the platform on its Kestrel port: Debian's <c>oai_pmh</c> (HTTP::OAI, package
/// libhttp-oai-perl) harvests every record, following the resumption tokens of the small test page, and gets exactly
/// the works an anonymous search finds.
/// </summary>
[Collection(DisseminationCollection.Name)]
public sealed class OaiHarvesterTests(DisseminationPlatform factory)
{
    private const string Harvester = "/usr/bin/oai_pmh";

    private readonly DisseminationPlatform _platform = factory.Started();

    [Theory]
    [InlineData("oai_dc")]
    [InlineData("zhiku")]
    public void The_debian_harvester_gets_exactly_the_anonymous_search_total(string prefix)
    {
        if (!File.Exists(Harvester))
        {
            throw new InvalidOperationException($"the OAI-PMH harvester is missing at {Harvester}: apt-get install -y libhttp-oai-perl");
        }

        var start = new ProcessStartInfo(Harvester) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--metadataPrefix", prefix, _platform.Address + "/oai" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "the harvester did not finish in two minutes");

        var identifiers = output.Split('\n').Where(l => l.StartsWith("identifier: ", StringComparison.Ordinal)).ToList();
        Assert.True(process.ExitCode == 0, $"oai_pmh exited {process.ExitCode}: {errors.Result}");
        Assert.True(identifiers.Count > 2 * DisseminationPlatform.PageSize, $"{identifiers.Count} records: {errors.Result}");
        Assert.Equal(_platform.AnonymousTotal, identifiers.Count);
        Assert.Equal(identifiers.Count, identifiers.Distinct(StringComparer.Ordinal).Count());
    }
}
