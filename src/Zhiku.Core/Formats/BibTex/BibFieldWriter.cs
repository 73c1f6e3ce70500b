namespace Zhiku.Formats.BibTex;

/// <summary>Writes "  name = {value}," lines, skipping blank values.</summary>
internal sealed class BibFieldWriter(TextWriter writer)
{
    public void Add(string name, string? value, bool escape = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        writer.Write("  ");
        writer.Write(name);
        writer.Write(" = {");
        writer.Write(escape ? BibTexEscaping.Escape(value) : value);
        writer.Write("},\n");
    }
}
