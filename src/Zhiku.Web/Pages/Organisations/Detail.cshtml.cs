using Zhiku.Knowledge;
using Zhiku.Knowledge.Reading;

namespace Zhiku.Web.Pages.Organisations;

/// <summary>The Organisation page; its works are those the caller may see.</summary>
internal sealed class DetailModel(KnowledgeBase kb) : EntityDetailModel<OrganisationDetails>(kb)
{
    protected override OrganisationDetails? Read(ReadSession read, string id, DetailPaging paging) => read.Organisation(id, paging);
}
