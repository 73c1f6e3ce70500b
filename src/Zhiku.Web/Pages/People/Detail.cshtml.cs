using Zhiku.Experts;
using Zhiku.Knowledge;
using Zhiku.Knowledge.Reading;

namespace Zhiku.Web.Pages.People;

/// <summary>The Person page; its works, and the expertise profile drawn from them, are those the caller may see.</summary>
internal sealed class DetailModel(KnowledgeBase kb) : EntityDetailModel<PersonDetails>(kb)
{
    /// <summary>The person's expertise profile (issue 12), null when there is no evidence to show.</summary>
    public ExpertiseProfile? Expertise { get; private set; }

    protected override PersonDetails? Read(ReadSession read, string id, DetailPaging paging)
    {
        var details = read.Person(id, paging);
        Expertise = details is null ? null : read.Expertise(id);
        return details;
    }
}
