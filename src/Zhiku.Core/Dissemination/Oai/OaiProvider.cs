using System.Xml;
using Zhiku.Access;
using Zhiku.Knowledge;
using Zhiku.Knowledge.Reading;
using Zhiku.Model;
using Zhiku.Search.Indexing;
using Zhiku.Storage;
using Zhiku.Storage.Dissemination;

namespace Zhiku.Dissemination.Oai;

/// <summary>
/// An OAI-PMH 2.0 data provider over the works an anonymous visitor may see, in id order. Works are never deleted
/// and never change access in the store, so the repository keeps no deleted records (deletedRecord "no"). Lists are
/// read from the store one record at a time and cut into pages by resumption tokens that carry their own position.
/// </summary>
public sealed class OaiProvider(KnowledgeBase kb, OaiOptions options)
{
    private const string Ns = OaiResponse.Namespace;

    /// <summary>Answers one request (its query or form pairs) with an OAI-PMH document written to <paramref name="output"/>.</summary>
    public void Respond(IEnumerable<KeyValuePair<string, string>> arguments, OaiContext context, Stream output)
    {
        using var xml = XmlWriter.Create(output, XmlText.Settings);
        OaiRequest? request = null;
        try
        {
            request = OaiRequest.Parse(arguments);
            var read = kb.Read(Caller.Anonymous);
            switch (request.Verb)
            {
                case OaiRequest.Identify:
                    Identify(xml, context, request, read);
                    break;
                case OaiRequest.ListMetadataFormats:
                    MetadataFormats(xml, context, request, read);
                    break;
                case OaiRequest.ListSets:
                    Sets(xml, context, request, read);
                    break;
                case OaiRequest.GetRecord:
                    GetRecord(xml, context, request, read);
                    break;
                default:
                    List(xml, context, request, read);
                    break;
            }
        }
        catch (OaiRefusal refusal)
        {
            // Every refusal is raised before the answer's first byte is written.
            OaiResponse.Error(xml, context, request, refusal.Error);
        }
    }

    private void Identify(XmlWriter xml, OaiContext context, OaiRequest request, ReadSession read)
    {
        string? earliest;
        using (var db = read.Open())
        {
            earliest = PublicWorkRows.EarliestChange(db, read.Scope);
        }

        OaiResponse.Start(xml, context, request);
        xml.WriteStartElement("Identify", Ns);
        xml.WriteElementString("repositoryName", Ns, options.RepositoryName);
        xml.WriteElementString("baseURL", Ns, context.BaseUrl);
        xml.WriteElementString("protocolVersion", Ns, "2.0");
        xml.WriteElementString("adminEmail", Ns, options.AdminEmail);
        xml.WriteElementString("earliestDatestamp", Ns, earliest is null ? OaiDates.Datestamp(context.Now) : OaiDates.Datestamp(earliest));
        xml.WriteElementString("deletedRecord", Ns, "no");
        xml.WriteElementString("granularity", Ns, "YYYY-MM-DDThh:mm:ssZ");
        xml.WriteEndElement();
        OaiResponse.End(xml);
    }

    private void MetadataFormats(XmlWriter xml, OaiContext context, OaiRequest request, ReadSession read)
    {
        if (request["identifier"] is { } identifier)
        {
            Find(read, identifier);
        }

        OaiResponse.Start(xml, context, request);
        xml.WriteStartElement("ListMetadataFormats", Ns);
        foreach (var format in OaiFormat.All)
        {
            xml.WriteStartElement("metadataFormat", Ns);
            xml.WriteElementString("metadataPrefix", Ns, format.Prefix);
            xml.WriteElementString("schema", Ns, format.Schema(context));
            xml.WriteElementString("metadataNamespace", Ns, format.Namespace);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        OaiResponse.End(xml);
    }

    private static void Sets(XmlWriter xml, OaiContext context, OaiRequest request, ReadSession read)
    {
        if (request["resumptionToken"] is { } token)
        {
            // The set list is always answered whole: no token of it exists.
            throw OaiRefusal.Of(OaiError.BadResumptionToken, "badResumptionToken", token);
        }

        List<string> kinds;
        List<(long Id, string? Name)> owners;
        using (var db = read.Open())
        {
            kinds = PublicWorkRows.Kinds(db, read.Scope);
            owners = PublicWorkRows.Owners(db, read.Scope);
        }

        OaiResponse.Start(xml, context, request);
        xml.WriteStartElement("ListSets", Ns);
        Set(xml, OaiSet.KindSet, context.Text("oai.set.kind"));
        foreach (var kind in kinds)
        {
            var spec = OaiSet.OfKind(kind);
            Set(xml, spec, context.Text("kind." + spec[(OaiSet.KindSet.Length + 1)..]));
        }

        Set(xml, OaiSet.OrganisationSet, context.Text("oai.set.org"));
        foreach (var (id, name) in owners)
        {
            Set(xml, OaiSet.OfOwner(id), XmlText.Clean(name ?? OaiSet.OfOwner(id)));
        }

        xml.WriteEndElement();
        OaiResponse.End(xml);
    }

    private static void Set(XmlWriter xml, string spec, string name)
    {
        xml.WriteStartElement("set", Ns);
        xml.WriteElementString("setSpec", Ns, spec);
        xml.WriteElementString("setName", Ns, name);
        xml.WriteEndElement();
    }

    private void GetRecord(XmlWriter xml, OaiContext context, OaiRequest request, ReadSession read)
    {
        var format = Format(request["metadataPrefix"]!);
        var row = Find(read, request["identifier"]!);
        OaiResponse.Start(xml, context, request);
        xml.WriteStartElement("GetRecord", Ns);
        Record(xml, context, format, row);
        xml.WriteEndElement();
        OaiResponse.End(xml);
    }

    private void List(XmlWriter xml, OaiContext context, OaiRequest request, ReadSession read)
    {
        var verb = request.Verb;
        var position = request["resumptionToken"] is { } text
            ? OaiToken.Decode(text, kb.StoreIdentity, verb) ?? throw OaiRefusal.Of(OaiError.BadResumptionToken, "badResumptionToken", text)
            : new OaiToken(verb, request["metadataPrefix"]!, request["set"], request["from"], request["until"], 0, 0);
        var format = Format(position.Prefix);
        var set = OaiSet.Parse(position.Set) ?? throw OaiRefusal.Of(OaiError.NoRecordsMatch, "noRecordsMatch");
        var filter = OaiDates.Filter(set, position.From, position.Until);
        var pageSize = Math.Max(1, options.PageSize);

        using var db = read.Open();
        var rows = PublicWorkRows.Page(db, read.Scope, filter, position.After, pageSize + 1).GetEnumerator();
        long written = 0;
        var last = position.After;
        var more = false;
        try
        {
            if (!rows.MoveNext())
            {
                throw OaiRefusal.Of(OaiError.NoRecordsMatch, "noRecordsMatch");
            }

            OaiResponse.Start(xml, context, request);
            xml.WriteStartElement(verb, Ns);
            do
            {
                if (written == pageSize)
                {
                    more = true;
                    break;
                }

                if (verb == OaiRequest.ListRecords)
                {
                    Record(xml, context, format, rows.Current);
                }
                else
                {
                    Header(xml, rows.Current);
                }

                last = rows.Current.Id;
                written++;
            }
            while (rows.MoveNext());
        }
        finally
        {
            // The reader closes before the count: PostgreSQL runs one command at a time on a connection.
            rows.Dispose();
        }

        if (more || position.Cursor > 0)
        {
            var total = PublicWorkRows.Count(db, read.Scope, filter);
            xml.WriteStartElement("resumptionToken", Ns);
            xml.WriteAttributeString("completeListSize", Math.Max(total, position.Cursor + written).ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("cursor", position.Cursor.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (more)
            {
                xml.WriteString((position with { After = last, Cursor = position.Cursor + written }).Encode(kb.StoreIdentity));
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        OaiResponse.End(xml);
    }

    private static OaiFormat Format(string prefix) =>
        OaiFormat.Find(prefix) ?? throw OaiRefusal.Of(OaiError.CannotDisseminateFormat, "cannotDisseminateFormat", prefix);

    /// <summary>The public work an identifier names; a hidden work is answered exactly like one that does not exist.</summary>
    private PublicWorkRow Find(ReadSession read, string identifier)
    {
        var prefix = "oai:" + options.RepositoryIdentifier + ":";
        if (identifier.StartsWith(prefix, StringComparison.Ordinal) && identifier[prefix.Length..] is ['W', ..] local && WorkIds.Parse(local) is { } id)
        {
            using var db = read.Open();
            if (PublicWorkRows.One(db, read.Scope, id) is { } row)
            {
                return row;
            }
        }

        throw OaiRefusal.Of(OaiError.IdDoesNotExist, "idDoesNotExist", identifier);
    }

    private void Record(XmlWriter xml, OaiContext context, OaiFormat format, PublicWorkRow row)
    {
        xml.WriteStartElement("record", Ns);
        Header(xml, row);
        xml.WriteStartElement("metadata", Ns);
        format.Write(xml, context, row.Id, StoreJson.Deserialize<WorkRecord>(row.Document), row.FromOpenAlex);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private void Header(XmlWriter xml, PublicWorkRow row)
    {
        xml.WriteStartElement("header", Ns);
        xml.WriteElementString("identifier", Ns, Identifier(row.Id));
        xml.WriteElementString("datestamp", Ns, OaiDates.Datestamp(row.ChangedAt));
        xml.WriteElementString("setSpec", Ns, OaiSet.OfKind(row.Kind));
        xml.WriteElementString("setSpec", Ns, OaiSet.OfOwner(row.Owner));
        xml.WriteEndElement();
    }

    /// <summary>The OAI identifier of a work: oai:{repository identifier}:W42.</summary>
    public string Identifier(long workId) => "oai:" + options.RepositoryIdentifier + ":" + WorkIds.Format(workId);
}
