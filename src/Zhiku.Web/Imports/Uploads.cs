namespace Zhiku.Web.Imports;

/// <summary>Saves uploaded files under the data directory's uploads/ folder, one folder per upload, names made safe.</summary>
internal static class Uploads
{
    public static async Task<IReadOnlyList<string>> SaveAsync(IFormFileCollection files, string root, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(root, DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..6]);
        Directory.CreateDirectory(folder);
        var paths = new List<string>();
        foreach (var file in files)
        {
            if (file.Length == 0)
            {
                continue;
            }

            var path = Path.Combine(folder, SafeName(file.FileName, paths.Count));
            await using (var target = File.Create(path))
            {
                await file.CopyToAsync(target, cancellationToken);
            }

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
