//! wooshpay-codegen: turns Apifox-exported OpenAPI 3.0 documents into a typed Rust client crate.
//!
//! The pipeline has three stages, each testable on its own:
//! - [`load`]: spec files (YAML, JSON, Apifox Markdown pages) → one merged, normalized document;
//!   every Apifox quirk is handled there.
//! - [`model`]: the document → resources, operations and types with Rust names.
//! - [`emit`]: the model → formatted files, written atomically.
//!
//! ```no_run
//! let report = wooshpay_codegen::generate(
//!     std::path::Path::new("specs"),
//!     std::path::Path::new("generated-client"),
//!     &wooshpay_codegen::Options::default(),
//! )?;
//! println!("{report}");
//! # Ok::<(), wooshpay_codegen::Error>(())
//! ```

pub mod emit;
pub mod error;
pub mod load;
pub mod model;
pub mod report;

use std::path::Path;

pub use emit::{Drift, EmitOptions, Files};
pub use error::{Error, Location, Result};
pub use load::Limits;
pub use report::{Diagnostic, Report, Severity};

/// Everything a generation run can be configured with.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Settings of the generated crate.
    pub emit: EmitOptions,
    /// Safety limits for reading specs.
    pub limits: Limits,
}

/// Renders the crate for the specs at `spec` (a folder or one file) without writing anything.
pub fn render(spec: &Path, options: &Options) -> Result<(Files, Report)> {
    let loaded = load::load(spec, &options.limits)?;
    render_loaded(loaded, options)
}

/// Renders the crate from already-loaded specs (what [`render`] does after reading files).
pub fn render_loaded(loaded: load::LoadedSpec, options: &Options) -> Result<(Files, Report)> {
    let mut diagnostics = loaded.diagnostics;
    let mut model_diagnostics = Vec::new();
    let api = model::build(&loaded.document, &mut model_diagnostics)
        .map_err(|e| loaded.sources.attach(e))?;
    for mut d in model_diagnostics {
        if d.location.file.is_none() {
            if let Some(p) = d.location.pointer.clone() {
                d.location = loaded.sources.locate(&p);
            }
        }
        diagnostics.push(d);
    }
    let files = emit::render(&api, &loaded.document, &options.emit)?;
    let report = Report {
        // A Markdown page with several blocks is one file.
        files: {
            let mut files: Vec<String> = loaded
                .sources
                .files
                .iter()
                .map(|f| f.display.clone())
                .collect();
            files.dedup();
            files
        },
        resources: api
            .resources
            .iter()
            .map(|r| (r.fn_name.clone(), r.operations.len()))
            .collect(),
        operations: api.resources.iter().map(|r| r.operations.len()).sum(),
        declared_operations: declared_operations(&loaded.document),
        types: api.types.len(),
        written: files.keys().cloned().collect(),
        diagnostics,
    };
    Ok((files, report))
}

/// The operations a document declares: every HTTP method of every path item.
fn declared_operations(document: &serde_json::Value) -> usize {
    const METHODS: [&str; 8] = [
        "get", "put", "post", "delete", "options", "head", "patch", "trace",
    ];
    document
        .get("paths")
        .and_then(serde_json::Value::as_object)
        .map(|paths| {
            paths
                .values()
                .filter_map(serde_json::Value::as_object)
                .map(|item| {
                    item.iter()
                        .filter(|(k, v)| METHODS.contains(&k.as_str()) && v.is_object())
                        .count()
                })
                .sum()
        })
        .unwrap_or(0)
}

/// Generates the crate for `spec` into the folder `out`, replacing it atomically.
pub fn generate(spec: &Path, out: &Path, options: &Options) -> Result<Report> {
    let (files, report) = render(spec, options)?;
    emit::write_atomically(out, &files)?;
    Ok(report)
}

/// Lists how the folder `out` differs from what `spec` generates (empty when up to date).
pub fn check(spec: &Path, out: &Path, options: &Options) -> Result<(Vec<Drift>, Report)> {
    let (files, report) = render(spec, options)?;
    Ok((emit::drift(out, &files)?, report))
}
