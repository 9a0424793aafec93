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

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "read {} spec file(s):", self.files.len())?;
        for file in &self.files {
            writeln!(f, "  {file}")?;
        }
        let resources: Vec<String> = self
            .resources
            .iter()
            .map(|(r, n)| format!("{r} ({n})"))
            .collect();
        writeln!(f, "resources: {}", resources.join(", "))?;
        writeln!(
            f,
            "operations: {}, types: {}, files written: {}",
            self.operations,
            self.types,
            self.written.len()
        )?;
        writeln!(
            f,
            "coverage: {} of {} operations",
            self.operations, self.declared_operations
        )?;
        let warnings = self.warnings().count();
        writeln!(
            f,
            "warnings: {warnings}, notes: {}",
            self.diagnostics.len() - warnings
        )?;
        for d in &self.diagnostics {
            writeln!(f, "  {d}")?;
        }
        match &self.changes {
            Some(c) if c.changes.is_empty() => writeln!(f, "public API: unchanged")?,
            Some(c) => write!(f, "public API changes (appended to CHANGELOG.md):\n{c}")?,
            None => {}
        }
        Ok(())
    }
}
