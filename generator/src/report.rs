//! The generation report: what was read and made, and everything worth a reader's attention.

use std::fmt;

pub use crate::error::{Construct, Diagnostic, DiagnosticKind, Severity};

/// What one generation run read and produced.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// The spec files read.
    pub files: Vec<String>,
    /// Resources (API groups), with their operation counts.
    pub resources: Vec<(String, usize)>,
    /// Number of operations generated.
    pub operations: usize,
    /// Number of operations the spec declares (every method of every path item); the
    /// coverage line reads `operations` of this.
    pub declared_operations: usize,
    /// Number of generated types.
    pub types: usize,
    /// Files written into the output crate.
    pub written: Vec<String>,
    /// Notes and warnings, in input order.
    pub diagnostics: Vec<Diagnostic>,
    /// What changed in the public API against the crate being replaced; `None` when there was
    /// nothing to compare with.
    pub changes: Option<crate::changes::ChangeReport>,
}

impl Report {
    /// The warnings only.
    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Warning)
    }
}

/// How many locations of a kind of diagnostic the default report shows; `--verbose` shows all.
pub const SHOWN_LOCATIONS: usize = 3;

/// Diagnostics grouped by severity and [`DiagnosticKind`], in first-seen order.
pub fn group_by_kind<'a>(
    diagnostics: impl Iterator<Item = &'a Diagnostic>,
) -> Vec<Vec<&'a Diagnostic>> {
    let mut groups: Vec<Vec<&Diagnostic>> = Vec::new();
    let mut index: std::collections::BTreeMap<(Severity, DiagnosticKind), usize> =
        std::collections::BTreeMap::new();
    for d in diagnostics {
        let key = (d.severity, d.kind);
        match index.get(&key) {
            Some(&i) => groups[i].push(d),
            None => {
                index.insert(key, groups.len());
                groups.push(vec![d]);
            }
        }
    }
    groups
}

impl Report {
    /// The notes only.
    pub fn notes(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Note)
    }

    /// One line: what was generated, and how many warnings and notes.
    pub fn summary_line(&self) -> String {
        let warnings = self.warnings().count();
        let kinds = group_by_kind(self.warnings()).len();
        let notes = self.diagnostics.len() - warnings;
        let warnings = match (warnings, kinds) {
            (0, _) => "no warnings".to_owned(),
            (1, _) => "1 warning".to_owned(),
            (n, k) if n == k => format!("{n} warnings"),
            (n, 1) => format!("{n} warnings of one kind"),
            (n, k) => format!("{n} warnings of {k} kinds"),
        };
        format!(
            "generated {} of {} operations, {} types, {} files from {} spec file(s); {warnings}, {notes} note(s)",
            self.operations,
            self.declared_operations,
            self.types,
            self.written.len(),
            self.files.len(),
        )
    }

    /// The report as printed: the summary line, each kind of warning once with its count and
    /// first locations, and the public API changes; `verbose` adds the files read, the
    /// resources, every location and the notes.
    pub fn render(&self, verbose: bool) -> String {
        use fmt::Write;
        let mut out = String::new();
        let _ = writeln!(out, "{}", self.summary_line());
        if verbose {
            let _ = writeln!(out, "read {} spec file(s):", self.files.len());
            for file in &self.files {
                let _ = writeln!(out, "  {file}");
            }
            let resources: Vec<String> = self
                .resources
                .iter()
                .map(|(r, n)| format!("{r} ({n})"))
                .collect();
            let _ = writeln!(out, "resources: {}", resources.join(", "));
        }
        let mut groups = group_by_kind(self.warnings());
        if verbose {
            groups.extend(group_by_kind(self.notes()));
        }
        let mut hidden = 0;
        for group in groups {
            let first = group[0];
            let kind = match first.severity {
                Severity::Note => "note",
                Severity::Warning => "warning",
            };
            if group.len() == 1 {
                let _ = writeln!(out, "{first}");
                continue;
            }
            let _ = writeln!(
                out,
                "{kind} ({}× {}): {}",
                group.len(),
                first.kind.label(),
                first.message
            );
            let shown = if verbose {
                group.len()
            } else {
                SHOWN_LOCATIONS
            };
            for d in group.iter().take(shown) {
                if d.message == first.message {
                    let _ = writeln!(out, "  {}", d.location);
                } else {
                    let _ = writeln!(out, "  {}: {}", d.location, d.message);
                }
            }
            if group.len() > shown {
                let _ = writeln!(out, "  and {} more", group.len() - shown);
                hidden += 1;
            }
        }
        if !verbose && (hidden > 0 || self.notes().next().is_some()) {
            let _ = writeln!(out, "(--verbose lists every location and the notes)");
        }
        match &self.changes {
            Some(c) if c.changes.is_empty() => {
                let _ = writeln!(out, "public API: unchanged");
            }
            Some(c) => {
                let _ = write!(out, "public API changes (appended to CHANGELOG.md):\n{c}");
            }
            None => {}
        }
        out
    }
}

/// The default report ([`Report::render`] without `verbose`).
impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(false))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Location;

    fn report() -> Report {
        let mut r = Report {
            files: vec!["a.yaml".into()],
            operations: 2,
            declared_operations: 3,
            ..Default::default()
        };
        for (i, name) in ["a", "b", "c", "d", "e"].iter().enumerate() {
            r.diagnostics.push(
                Diagnostic::warning(
                    Location::pointer(format!("#/components/schemas/{name}")),
                    format!("field `{name}` of `T{i}`: any JSON value is accepted"),
                )
                .with_kind(DiagnosticKind::Unsupported(Construct::NotSchema)),
            );
        }
        r.diagnostics.push(
            Diagnostic::warning(Location::pointer("#/paths"), "GET with a body")
                .with_kind(DiagnosticKind::EmptyBody),
        );
        r.diagnostics.push(
            Diagnostic::note(Location::pointer("#/x"), "a type was merged")
                .with_kind(DiagnosticKind::SameShape),
        );
        r
    }

    #[test]
    fn each_kind_of_warning_is_printed_once_with_a_count() {
        let text = report().render(false);
        assert!(
            text.starts_with("generated 2 of 3 operations, 0 types, 0 files from 1 spec file(s); 6 warnings of 2 kinds, 1 note(s)\n"),
            "{text}"
        );
        assert_eq!(text.matches("any JSON value").count(), 3, "{text}");
        assert!(
            text.contains("warning (5× unsupported construct): field `a` of `T0`"),
            "{text}"
        );
        assert!(
            text.contains("  at #/components/schemas/b: field `b` of `T1`"),
            "{text}"
        );
        assert!(text.contains("  and 2 more\n"), "{text}");
        assert!(
            text.contains("warning: at #/paths: GET with a body"),
            "{text}"
        );
        assert!(!text.contains("merged"), "notes are verbose only: {text}");
    }

    #[test]
    fn verbose_lists_every_location_and_the_notes() {
        let text = report().render(true);
        assert!(text.contains("#/components/schemas/e"), "{text}");
        assert!(text.contains("note: at #/x: a type was merged"), "{text}");
        assert!(text.contains("read 1 spec file(s):\n  a.yaml"), "{text}");
        assert!(!text.contains("more"), "{text}");
    }

    #[test]
    fn warnings_are_grouped_by_their_kind_not_their_text() {
        let mut r = Report::default();
        let kind = DiagnosticKind::Unsupported(Construct::CookieParameter);
        r.diagnostics.push(
            Diagnostic::warning(Location::pointer("#/a"), "cookie `sid` is not sent")
                .with_kind(kind),
        );
        r.diagnostics.push(
            Diagnostic::warning(
                Location::pointer("#/b"),
                "the cookies of `list` are dropped",
            )
            .with_kind(kind),
        );
        // The same words under another kind are another group.
        r.diagnostics.push(
            Diagnostic::warning(Location::pointer("#/c"), "cookie `sid` is not sent")
                .with_kind(DiagnosticKind::ClientHeader),
        );
        let text = r.render(false);
        assert!(text.contains("3 warnings of 2 kinds"), "{text}");
        assert!(
            text.contains("warning (2× unsupported construct): cookie `sid` is not sent\n  at #/a\n  at #/b: the cookies of `list` are dropped\n"),
            "{text}"
        );
        assert!(
            text.contains("warning: at #/c: cookie `sid` is not sent"),
            "{text}"
        );
    }
}
