using Zhiku.Importing.Pipeline;
using Zhiku.Model;

namespace Zhiku.Web.Imports;

/// <summary>
/// What a job keeps of its import options in the store (as JSON): the owner, the access level and a chosen format. The
/// limits are those of the node that runs it.
/// </summary>
internal sealed record ImportJobOptions(string? Owner, AccessLevel Access, string? Format)
{
    public static ImportJobOptions From(ImportOptions options) => new(options.Owner, options.Access, options.Format);

    public ImportOptions ToOptions(Files.ImportLimits limits) => new() { Owner = Owner, Access = Access, Format = Format, Limits = limits };
}
