namespace Zhiku.Formats.Wos;

/// <summary>Who wrote the WoS-tagged text: Web of Science itself, or CiteSpace converting a CNKI export.</summary>
internal enum WosFlavour
{
    WebOfScience,
    CnkiCiteSpace,
}
