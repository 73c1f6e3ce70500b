using System.Net.Http.Headers;
using Zhiku.Importing.Pipeline;

namespace Zhiku.Cli.Remote;

/// <summary>
/// <c>zhiku import --server</c>: uploads the files to <c>POST /api/v1/imports</c> (multipart) and polls the job until
/// the server has its data-quality report. The server owns the import by the token's organisation.
/// </summary>
internal static class RemoteImport
{
    public static ImportReport Run(RemoteServer server, IReadOnlyList<string> paths, string access, CliContext context, TimeSpan? pollInterval = null)
    {
        var files = Expand(paths);
        using var form = new MultipartFormDataContent();
        foreach (var file in files)
        {
            var content = new StreamContent(File.OpenRead(file));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(content, "files", Path.GetFileName(file));
        }

        form.Add(new StringContent(access), "access");
        var job = server.Post<RemoteImportJob>("api/v1/imports", form);
        context.Error.WriteLine($"uploaded {files.Count} file(s) to {server.Address}: import job {job.Id}");
        string? lastLine = null;
        while (!job.Finished)
        {
            Thread.Sleep(pollInterval ?? TimeSpan.FromMilliseconds(500));
            job = server.GetJson<RemoteImportJob>("api/v1/imports/" + Uri.EscapeDataString(job.Id))
                ?? throw new RemoteException($"import job {job.Id} vanished from {server.Address}", RemoteException.Failed);
            if (job.Progress is { } p && $"[{p.FileIndex + 1}/{p.FileCount}] {p.File}: {p.Records} records" is var line && line != lastLine)
            {
                context.Error.WriteLine(line);
                lastLine = line;
            }
        }

        if (job.Report is null)
        {
            throw new RemoteException($"the import failed on {server.Address}: {job.Failure ?? job.State}", RemoteException.Failed);
        }

        return job.Report.ToReport();
    }

    private static List<string> Expand(IReadOnlyList<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new FileNotFoundException($"no file or folder {path}");
            }
        }

        return files.Count > 0 ? files : throw new ArgumentException("nothing to import: the folders are empty");
    }
}
