using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Zhiku.Web.Tests.Functional;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Design;

/// <summary>
/// Issue 23: the tour covers every page. The app's routable Razor pages (their compiled route templates) each match
/// the address of a tour stop, so that a page added without a stop fails here by its route, not by nobody looking.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed partial class TourCoverageTests(PlatformFactory platform)
{
    // The sign-out page only posts: there is nothing to look at.
    private static readonly string[] WithoutStop = ["account/signout"];

    [Fact]
    public void Every_routable_page_has_a_tour_stop()
    {
        var routes = platform.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<PageActionDescriptor>()
            .Select(p => p.AttributeRouteInfo?.Template)
            .OfType<string>()
            .Where(t => !WithoutStop.Contains(t, StringComparer.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var stops = TourStop.All.Select(s => Placeholder().Replace(s.Path.Split('?')[0], "x1").Trim('/')).ToList();

        var missing = routes.Where(route => !stops.Any(stop => Matches(route, stop))).ToList();

        Assert.True(routes.Count >= 20, $"only {routes.Count} pages were found");
        Assert.True(missing.Count == 0, "pages without a tour stop in TourStop.All: " + string.Join(", ", missing.Select(m => "/" + m)));
    }

    [Theory]
    [InlineData("works/{id}", "works/x1", true)]
    [InlineData("evaluation/{kind:regex(^(runs|samples)$)}/{id}/units/{uCode}", "evaluation/samples/asem/units/NLD", true)]
    [InlineData("evaluation/{kind:regex(^(runs|samples)$)}/{id}/units/{uCode}", "evaluation/other/asem/units/NLD", false)]
    [InlineData("registry/{kind}/{id}/history", "registry/people/x1", false)]
    [InlineData("", "", true)]
    public void A_route_template_matches_the_addresses_it_serves(string route, string path, bool matches) =>
        Assert.Equal(matches, Matches(route, path));

    // A route template as a pattern: a literal segment as it is, a parameter as one segment (its regex constraint kept).
    private static bool Matches(string route, string path)
    {
        var segments = route.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(segment =>
        {
            if (!segment.StartsWith('{'))
            {
                return Regex.Escape(segment);
            }

            var constraint = Constraint().Match(segment);
            return constraint.Success ? "(?:" + constraint.Groups[1].Value.TrimStart('^').TrimEnd('$') + ")" : "[^/]+";
        });
        return Regex.IsMatch(path, "^" + string.Join("/", segments) + "$", RegexOptions.IgnoreCase);
    }

    [GeneratedRegex("\\{[a-z]+\\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"regex\((.*)\)\}$")]
    private static partial Regex Constraint();
}
