using Zhiku.Knowledge;
using Zhiku.Knowledge.Reading;

namespace Zhiku.Web.Pages.Projects;

/// <summary>The Project page; its works are those the caller may see.</summary>
internal sealed class DetailModel(KnowledgeBase kb) : EntityDetailModel<ProjectDetails>(kb)
{
    protected override ProjectDetails? Read(ReadSession read, string id, DetailPaging paging) => read.Project(id, paging);
}
