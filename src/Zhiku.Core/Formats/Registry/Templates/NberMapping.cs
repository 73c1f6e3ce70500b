namespace Zhiku.Formats.Registry.Templates;

/// <summary>
/// The NBER working-paper tables (bldavies/nberwp): papers.csv becomes works with their authors (paper_authors.csv, in
/// file order, named through authors.csv) and programmes (paper_programs.csv → programs.csv) as subjects; authors.csv
/// becomes people and programs.csv research-programme projects. "NA" marks missing values throughout.
/// </summary>
internal static class NberMapping
{
    public const string Yaml = """
        name: nber
        file: papers.csv
        entity: work
        detect:
          headers: [paper, year, month, title, outlet]
          score: 95
        id: { column: paper, scheme: nber }
        null_values: [NA]
        columns:
          title: title
          year: year
          month: month
          extra.outlet: outlet
        constants:
          kind: Working Paper
          source: NBER Working Paper
          publisher: National Bureau of Economic Research
        joins:
          - file: paper_authors.csv
            on: paper
            value: author
            target: authors
            scheme: nber
            lookup: { file: authors.csv, key: author, value: name }
          - file: paper_programs.csv
            on: paper
            value: program
            target: subjects
            lookup: { file: programs.csv, key: program, value: program_desc }
        also:
          - name: nber-authors
            file: authors.csv
            entity: person
            detect:
              headers: [author, name, user_nber, user_repec]
              score: 90
            id: { column: author, scheme: nber }
            null_values: [NA]
            columns:
              name: name
              ids.nber-user: user_nber
              ids.repec: user_repec
          - name: nber-programs
            file: programs.csv
            entity: project
            detect:
              headers: [program, program_desc, program_category]
              score: 90
            id: { column: program, scheme: nber-program }
            columns:
              title: program_desc
              code: program
              extra.category: program_category
            constants:
              funder: National Bureau of Economic Research
            joins:
              - file: paper_programs.csv
                on: program
                value: paper
                target: outputs
                scheme: nber
        """;
}
