//! The generation report: what was read and made, and everything worth a reader's attention.

use std::fmt;

use crate::error::Location;

/// How much a diagnostic matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Information about a decision the generator took (a reused type, a derived name).
    Note,
    /// Something the reader should check: a renamed collision, an unsupported construct
    /// that was replaced by a looser type.
    Warning,
}

/// One remark about the input, with the place it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Note or warning.
    pub severity: Severity,
    /// Where in the input.
    pub location: Location,
    /// What happened.
    pub message: String,
}

impl Diagnostic {
    /// A note.
    pub fn note(location: Location, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Note,
            location,
            message: message.into(),
        }
    }

    /// A warning.
    pub fn warning(location: Location, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            location,
            message: message.into(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Note => "note",
            Severity::Warning => "warning",
        };
        write!(f, "{kind}: {}: {}", self.location, self.message)
    }
}

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

/// The kind of a diagnostic's message, as a stable key: its text with the parts that name one
/// place or thing (code spans, quoted text, bracketed lists, JSON pointers, numbers) blanked, so "field `a` of
/// `A`…" and "field `b` of `B`…" are one kind. (Until diagnostics carry a typed kind.)
pub fn message_kind(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut chars = message.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '`' | '"' => {
                for d in chars.by_ref() {
                    if d == c {
                        break;
                    }
                }
                out.push(c);
                out.push('_');
                out.push(c);
            }
            '[' => {
                for d in chars.by_ref() {
                    if d == ']' {
                        break;
                    }
                }
                out.push_str("[_]");
            }
            '#' if chars.peek() == Some(&'/') => {
                while chars
                    .peek()
                    .is_some_and(|d| !d.is_whitespace() && *d != ',' && *d != ';')
                {
                    chars.next();
                }
                out.push_str("#/_");
            }
            c if c.is_ascii_digit() => {
                while chars.peek().is_some_and(|d| d.is_ascii_digit()) {
                    chars.next();
                }
                out.push('N');
            }
            c => out.push(c),
        }
    }
    out
}

/// Diagnostics of one severity grouped by [`message_kind`], in first-seen order.
pub fn group_by_kind<'a>(
    diagnostics: impl Iterator<Item = &'a Diagnostic>,
) -> Vec<Vec<&'a Diagnostic>> {
    let mut groups: Vec<Vec<&Diagnostic>> = Vec::new();
    let mut index: std::collections::HashMap<(Severity, String), usize> =
        std::collections::HashMap::new();
    for d in diagnostics {
        let key = (d.severity, message_kind(&d.message));
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
            let _ = writeln!(out, "{kind} ({}×): {}", group.len(), first.message);
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

    fn report() -> Report {
        let mut r = Report {
            files: vec!["a.yaml".into()],
            operations: 2,
            declared_operations: 3,
            ..Default::default()
        };
        for (i, name) in ["a", "b", "c", "d", "e"].iter().enumerate() {
            r.diagnostics.push(Diagnostic::warning(
                Location::pointer(format!("#/components/schemas/{name}")),
                format!("field `{name}` of `T{i}`: any JSON value is accepted"),
            ));
        }
        r.diagnostics.push(Diagnostic::warning(
            Location::pointer("#/paths"),
            "GET with a body",
        ));
        r.diagnostics.push(Diagnostic::note(
            Location::pointer("#/x"),
            "a type was merged",
        ));
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
        assert!(text.contains("warning (5×): field `a` of `T0`"), "{text}");
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
    fn message_kinds_ignore_names_pointers_and_numbers() {
        assert_eq!(
            message_kind("field `a` of \"B\" at #/x/y, 12 times [+a, -b]"),
            message_kind("field `bb` of \"C\" at #/z, 3 times [~c]")
        );
        assert_ne!(message_kind("a `x`"), message_kind("b `x`"));
    }
}
