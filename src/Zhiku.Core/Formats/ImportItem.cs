using Zhiku.Files;
using Zhiku.Model;

namespace Zhiku.Formats;

/// <summary>One thing an importer read from a file: an entity or an error.</summary>
public abstract record ImportItem(RecordPosition Position);

/// <summary>A work read from a file; an outputs table adds the work's output record and conversion events.</summary>
public sealed record ImportedWork(RecordPosition Position, WorkRecord Work) : ImportItem(Position)
{
    /// <summary>The output record of the work (type, project, conversion events), when the file is an outputs table.</summary>
    public Outputs.OutputFacts? Output { get; init; }
}

/// <summary>A person read from a registry.</summary>
public sealed record ImportedPerson(RecordPosition Position, PersonRecord Person) : ImportItem(Position);

/// <summary>An organisation read from a registry.</summary>
public sealed record ImportedOrganisation(RecordPosition Position, OrganisationRecord Organisation) : ImportItem(Position);

/// <summary>A project read from a registry.</summary>
public sealed record ImportedProject(RecordPosition Position, ProjectRecord Project) : ImportItem(Position);

/// <summary>A case (案例) read from a filled cases template; its tags are checked against the standard when stored.</summary>
public sealed record ImportedCase(RecordPosition Position, CaseRecord Case) : ImportItem(Position);

/// <summary>A record that could not be read; the message says what was wrong in words a user can act on.</summary>
public sealed record RecordError(RecordPosition Position, string Message) : ImportItem(Position);
