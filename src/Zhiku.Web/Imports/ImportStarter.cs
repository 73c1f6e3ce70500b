using System.Security.Claims;
using Zhiku.Importing.Pipeline;
using Zhiku.Storage;
using Zhiku.Web.Accounts;
using Zhiku.Web.Hosting;

namespace Zhiku.Web.Imports;

/// <summary>Starts an import of uploaded files on behalf of a user: queued in the store with its files, owned by the user's organisation.</summary>
internal static class ImportStarter
{
    public static async Task<ImportJob> StartAsync(
        IFormFileCollection files, string? access, ClaimsPrincipal user, ImportQueue queue, ZhikuDataDirectory data, CancellationToken cancellationToken)
    {
        if (files.Count == 0 || files.All(f => f.Length == 0))
        {
            throw new ArgumentException("choose at least one non-empty file to import");
        }

        var level = AccessLevels.Parse(string.IsNullOrWhiteSpace(access) ? "internal" : access);
        var uploads = await Uploads.ReadAsync(files, cancellationToken);
        var organisation = user.FindFirstValue(ZhikuClaims.OrganisationName);
        var organisationId = long.TryParse(user.FindFirstValue(ZhikuClaims.OrganisationId), System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : (long?)null;
        var label = string.Join(", ", files.Select(f => Path.GetFileName(f.FileName)).Take(5)) + (files.Count > 5 ? ", …" : string.Empty);
        return queue.Enqueue(uploads, new ImportOptions { Owner = string.IsNullOrEmpty(organisation) ? null : organisation, Access = level }, organisationId, label);
    }

    /// <summary>Whether a user may follow a job: their organisation's jobs; the platform's own (samples) for anyone signed in.</summary>
    public static bool MayFollow(ImportJob job, ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
        && (job.OrganisationId is null
            || user.FindFirstValue(ZhikuClaims.OrganisationId) == job.OrganisationId.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
