namespace Zhiku.Web.Api;

/// <summary>A row of an answers file left out: where (file, line, column), what (kind) and the message in the caller's language.</summary>
internal sealed record DelphiProblemJson(string File, int Line, string Column, string Kind, string Message);
