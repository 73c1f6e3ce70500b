using System.Data.Common;

namespace Zhiku.Storage.Consultations;

/// <summary>A consultation item as stored: its number, kind, text and settings (JSON).</summary>
internal sealed record ItemRow(int N, string Kind, string Text, string Settings)
{
    public const string Columns = "n, kind, text, settings";

    public static ItemRow Read(DbDataReader r) => new((int)r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3));
}
