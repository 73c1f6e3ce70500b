using System.IO.Compression;
using System.Xml;
using Zhiku.Files;
using Zhiku.Files.Text;

namespace Zhiku.Formats;

/// <summary>
/// Refuses an XLSX workbook before MiniExcel reads it when a sheet's references claim cells far beyond its data: MiniExcel
/// fills every gap with empty cells, so one flipped reference (a cell in column XFD, a row numbered 2,000,000,000, a
/// dimension of A1:XFD1048576) made a three-row sheet read for minutes or forever (issue 9). Also refuses what
/// <see cref="ZipBounds"/> refuses, and names the part, the reference and the bound.
/// </summary>
internal static class WorkbookBounds
{
    /// <summary>The last row a worksheet may have (Excel's limit); a reference beyond it is not a valid workbook.</summary>
    public const int MaxRow = 1_048_576;

    /// <summary>Throws <see cref="ImportException"/> for a workbook a reader should not open; the stream is left where it was.</summary>
    public static void Check(Stream stream, ImportLimits limits)
    {
        ZipBounds.Check(stream, limits);
        var position = stream.Position;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase)
                    && entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
                {
                    using var part = ZipBounds.Limit(entry.Open(), entry.FullName, limits);
                    CheckSheet(part, entry.FullName, limits);
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

    /// <summary>
    /// Why a ZIP container no importer claimed cannot be read (a bound it breaks, a sheet that is not XML), or null: the
    /// reason detection, which never throws, could not give.
    /// </summary>
    public static string? Problem(FileProbe probe, ImportLimits limits)
    {
        if (!probe.IsZip)
        {
            return null;
        }

        try
        {
            using var stream = File.OpenRead(probe.Path);
            Check(stream, limits);
            return null;
        }
        catch (ImportException e)
        {
            return e.Message;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static void CheckSheet(Stream part, string name, ImportLimits limits)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreWhitespace = true };
        using var xml = XmlReader.Create(part, settings);
        var cellsInRow = 0;
        try
        {
            while (xml.Read())
            {
                if (xml.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                switch (xml.LocalName)
                {
                    case "dimension" when xml.GetAttribute("ref") is { } range:
                        foreach (var reference in range.Split(':'))
                        {
                            CheckReference(reference, name, "dimension", limits);
                        }

                        break;
                    case "row":
                        cellsInRow = 0;
                        if (xml.GetAttribute("r") is { } row && (!long.TryParse(row, out var number) || number < 1 || number > MaxRow))
                        {
                            throw Refused(name, xml, $"row number \"{Cut(row)}\" is not between 1 and {MaxRow:N0}");
                        }

                        break;
                    case "c":
                        if (++cellsInRow > limits.MaxColumns)
                        {
                            throw Refused(name, xml, $"a row has more than {limits.MaxColumns:N0} cells, the limit of columns");
                        }

                        if (xml.GetAttribute("r") is { } cell)
                        {
                            CheckReference(cell, name, "cell", limits, xml);
                        }

                        break;
                }
            }
        }
        catch (XmlException e)
        {
            throw new ImportException($"the part {name} is not well-formed XML (line {e.LineNumber}, position {e.LinePosition}): {e.Message}", e);
        }
    }

    // A reference is letters then digits ("E2", "XFD1048576"); the column may not pass the column bound nor the row Excel's.
    private static void CheckReference(string reference, string name, string what, ImportLimits limits, XmlReader? at = null)
    {
        long column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = Math.Min((column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1), long.MaxValue / 32);
        }

        var row = reference[i..];
        var rowNumber = row.Length == 0 ? 1 : long.TryParse(row, out var n) ? n : -1;
        if (column > limits.MaxColumns || rowNumber < 1 || rowNumber > MaxRow)
        {
            var problem = $"{what} reference \"{Cut(reference)}\" lies beyond column {limits.MaxColumns:N0} or row {MaxRow:N0}";
            throw at is null ? new ImportException($"the part {name}: {problem}") : Refused(name, at, problem);
        }
    }

    private static ImportException Refused(string name, XmlReader xml, string problem)
    {
        var line = xml is IXmlLineInfo info && info.HasLineInfo() ? $" (line {info.LineNumber}, position {info.LinePosition})" : string.Empty;
        return new ImportException($"the part {name}{line}: {problem}");
    }

    private static string Cut(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
