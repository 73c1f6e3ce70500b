using System.Security.Cryptography;

namespace Zhiku.Sources;

/// <summary>
/// A watched folder: each file whose content was not seen before (by SHA-256) is imported once, its format detected
/// as <c>zhiku import</c> detects it; a file changed in place has new content and is imported again.
/// </summary>
internal static class FolderHarvester
{
    public static void Run(HarvestContext context, Storage.Sources.SourceRows rows, CancellationToken cancellationToken)
    {
        var source = context.Source;
        var outcome = context.Outcome;
        if (!Directory.Exists(source.Location))
        {
            outcome.Failure = $"the folder {source.Location} does not exist or cannot be read";
            outcome.Note(outcome.Failure);
            return;
        }

        var files = Directory.EnumerateFiles(source.Location, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden })
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal).ToList();
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var item = Path.GetRelativePath(source.Location, file);
            string hash;
            try
            {
                using var stream = File.OpenRead(file);
                hash = Convert.ToHexStringLower(SHA256.HashData(stream));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                outcome.Fail(item, $"cannot be read: {e.Message}");
                continue;
            }

            if (rows.SeenFile(source.Id, hash))
            {
                continue;
            }

            outcome.Fetched++;
            var report = context.Import(file, format: null);
            outcome.Add(report, item);
            rows.AddFile(source.Id, hash, item, DateTime.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
