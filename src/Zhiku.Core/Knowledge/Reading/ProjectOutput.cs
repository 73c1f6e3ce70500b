namespace Zhiku.Knowledge.Reading;

/// <summary>An output of a project as its page lists it: the work's id and title, the output type, date and the furthest stage (null before 报送).</summary>
public sealed record ProjectOutput(string Id, string Title, string Type, string? Date, Outputs.ConversionStage? Stage);
