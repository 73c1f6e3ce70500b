using Zhiku.Knowledge;
using Zhiku.Knowledge.Reading;

namespace Zhiku.Web.Pages.Cases;

/// <summary>The page of a case (案例): 404 when it is missing or hidden; its linked works are those the caller may see.</summary>
internal sealed class DetailModel(KnowledgeBase kb) : EntityDetailModel<CaseDetails>(kb)
{
    protected override CaseDetails? Read(ReadSession read, string id, DetailPaging paging) => read.Case(id);
}
