using System.Text;
using System.Xml;

namespace Zhiku.Dissemination;

/// <summary>
/// Text as XML may carry it: imported records can hold control characters (a PDF's form feed, a hostile record's
/// NUL) that XML 1.0 forbids, so they are left out rather than failing a whole harvest.
/// </summary>
internal static class XmlText
{
    public static string Clean(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(text, i, 2);
                i++;
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                clean.Append(text[i]);
            }
        }

        return clean.ToString();
    }

    /// <summary>Writes an element with cleaned text when the text is not blank.</summary>
    public static void Element(XmlWriter xml, string prefix, string name, string ns, string? text, string? lang = null, string? langAttribute = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        xml.WriteStartElement(prefix, name, ns);
        if (lang is not null && LanguageTag.IsValid(lang))
        {
            if (langAttribute is null)
            {
                xml.WriteAttributeString("xml", "lang", null, lang);
            }
            else
            {
                xml.WriteAttributeString(langAttribute, lang);
            }
        }

        xml.WriteString(Clean(text.Trim()));
        xml.WriteEndElement();
    }

    /// <summary>Writer settings of every document dissemination writes: UTF-8 without a byte order mark, indented.</summary>
    public static XmlWriterSettings Settings { get; } = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        CloseOutput = false,
    };
}
