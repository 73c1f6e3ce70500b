using Zhiku.Access;
using Zhiku.Knowledge;
using Zhiku.Knowledge.Reading;

namespace Zhiku.Web.Pages.Organisations;

/// <summary>The Organisation page; its works are those the caller may see.</summary>
internal sealed class DetailModel(KnowledgeBase kb) : EntityDetailModel<OrganisationDetails>(kb)
{
    protected override OrganisationDetails? Read(KnowledgeReader reader, string id, Caller caller) => reader.Organisation(id, caller);
}
