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
    public async Task The_debian_harvester_gets_exactly_the_anonymous_search_total(string prefix)
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
        var errorsRead = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        var errors = await errorsRead;

        // Each record is printed as its header lines, its metadata and a form feed, the next header right after it.
        var identifiers = output.Split('\n', '\f').Where(l => l.StartsWith("identifier: ", StringComparison.Ordinal)).ToList();
        Assert.True(process.ExitCode == 0, $"oai_pmh exited {process.ExitCode}: {errors}");
        Assert.True(identifiers.Count > 2 * DisseminationPlatform.PageSize, $"{identifiers.Count} records: {errors}");
        Assert.Equal(_platform.AnonymousTotal, identifiers.Count);
        Assert.Equal(identifiers.Count, identifiers.Distinct(StringComparer.Ordinal).Count());
    }
}
