using Zhiku.Nodes;

namespace Zhiku.Web.Imports;

/// <summary>
/// Uploaded files: read into the store with their job (so any node may run it), and written to a folder of the running
/// node's uploads/ while it imports them, names made safe.
/// </summary>
internal static class Uploads
{
    /// <summary>The non-empty files of a request, read whole (the request is already bounded by the upload limit).</summary>
    public static async Task<IReadOnlyList<ImportUpload>> ReadAsync(IFormFileCollection files, CancellationToken cancellationToken)
    {
        var uploads = new List<ImportUpload>();
        foreach (var file in files)
        {
            if (file.Length == 0)
            {
                continue;
            }

            using var buffer = new MemoryStream((int)Math.Min(file.Length, int.MaxValue));
            await file.CopyToAsync(buffer, cancellationToken);
            uploads.Add(new ImportUpload(file.FileName, buffer.ToArray()));
        }

        return uploads;
    }

    /// <summary>Writes a job's files into a new folder under <paramref name="root"/> and returns their paths.</summary>
    public static IReadOnlyList<string> Write(IReadOnlyList<ImportUpload> files, string root, string jobId)
    {
        var folder = Path.Combine(root, DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture) + "-" + jobId);
        Directory.CreateDirectory(folder);
        var paths = new List<string>();
        foreach (var file in files)
        {
            var path = Path.Combine(folder, SafeName(file.Name, paths.Count));
            File.WriteAllBytes(path, file.Bytes);
            paths.Add(path);
        }

        return paths;
    }

    // The client's name only as a hint: no folders, no hidden files, nothing the file system would read specially.
    internal static string SafeName(string name, int index)
    {
        var baseName = Path.GetFileName(name.Replace('\\', '/'));
        var safe = new string([.. baseName.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_')]).TrimStart('.');
        return string.IsNullOrEmpty(safe) ? $"upload-{index}" : $"{index:D2}-{safe}";
    }
}
