namespace Zhiku.Text.Policies;

/// <summary>What <see cref="PolicyMetadata"/> found in a Chinese official document; null where it found nothing.</summary>
/// <param name="DocumentNumber">发文字号, brackets normalised to 〔〕 ("国发〔2019〕5号", "国令第707号").</param>
/// <param name="IssuingBody">发文机关, several joint bodies joined with "、".</param>
/// <param name="Date">成文日期 as an ISO date ("2019-01-27").</param>
/// <param name="Title">The title as laid out above the document number, its lines joined.</param>
public sealed record PolicyInfo(string? DocumentNumber, string? IssuingBody, string? Date, string? Title);
