using System.IO.Compression;

namespace Zhiku.Files.Text;

/// <summary>
/// Refuses a ZIP container (DOCX, XLSX) whose entries declare more unpacked bytes than allowed, before any reader
/// unpacks them: a 1.4 MB file may hold a part of a gigabyte.
/// </summary>
internal static class ZipBounds
{
    /// <summary>Throws <see cref="ImportException"/> naming the first entry that unpacks to more than the limit.</summary>
    public static void Check(string path, ImportLimits limits)
    {
        using var stream = File.OpenRead(path);
        Check(stream, limits);
    }

    /// <summary>Checks an open container; the stream is left where it was.</summary>
    public static void Check(Stream stream, ImportLimits limits)
    {
        var position = stream.Position;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (entry.Length > limits.MaxUnpackedBytes || total > 4 * limits.MaxUnpackedBytes)
                {
                    throw new ImportException(
                        $"the part {entry.FullName} unpacks to {entry.Length:N0} bytes ({total:N0} in all), more than the {limits.MaxUnpackedBytes:N0} bytes allowed");
                }
            }
        }
        catch (InvalidDataException e)
        {
            throw new ImportException($"not a readable ZIP container: {e.Message}", e);
        }
        finally
        {
            stream.Position = position;
        }
    }

    /// <summary>A read-only view of a part's stream that throws once more than the limit has been unpacked.</summary>
    public static Stream Limit(Stream part, string name, ImportLimits limits) => new LimitedStream(part, name, limits.MaxUnpackedBytes);

    private sealed class LimitedStream(Stream inner, string name, long limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            _read += n;
            if (_read > limit)
            {
                throw new ImportException($"the part {name} unpacks to more than the {limit:N0} bytes allowed");
            }

            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
