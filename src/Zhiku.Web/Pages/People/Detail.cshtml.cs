using Zhiku.Knowledge;
using Zhiku.Knowledge.Reading;

namespace Zhiku.Web.Pages.People;

/// <summary>The Person page; its works are those the caller may see.</summary>
internal sealed class DetailModel(KnowledgeBase kb) : EntityDetailModel<PersonDetails>(kb)
{
    protected override PersonDetails? Read(ReadSession read, string id, DetailPaging paging) => read.Person(id, paging);
}
