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

pub mod changes;
pub mod conventions;
pub mod emit;
pub mod error;
pub mod extensions;
pub mod load;
pub mod model;
pub mod refs;
pub mod report;
pub mod selection;
pub mod settings;
pub mod shape;
pub mod timings;

use std::path::Path;

pub use emit::{Drift, EmitOptions, Files};
pub use error::{
    Construct, Diagnostic, DiagnosticKind, Error, ErrorKind, Location, Result, Severity,
};
pub use load::Limits;
pub use report::Report;
pub use settings::Settings;

/// Everything a generation run can be configured with.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Settings of the generated crate.
    pub emit: EmitOptions,
    /// Safety limits for reading specs.
    pub limits: Limits,
    /// Generator settings; `None`: `codegen.toml` in the spec folder when there is one.
    pub settings: Option<Settings>,
    /// The crate being replaced: its `api.json` is compared with the new API for the change
    /// report, and its `CHANGELOG.md` is continued. [`generate`] and [`check`] set it to `out`.
    pub previous: Option<std::path::PathBuf>,
}

impl Options {
    /// The settings to use for `spec`: the given ones, else the discovered `codegen.toml`, else
    /// none (everything from the spec).
    pub fn settings_for(&self, spec: &Path) -> Result<Settings> {
        match &self.settings {
            Some(s) => Ok(s.clone()),
            None => Ok(Settings::discover(spec)?.unwrap_or_default()),
        }
    }
}

/// Renders the crate for the specs at `spec` (a folder or one file) without writing anything.
pub fn render(spec: &Path, options: &Options) -> Result<(Files, Report)> {
    let settings = options.settings_for(spec)?;
    let spec_dir = if spec.is_dir() {
        spec.to_owned()
    } else {
        spec.parent().map(Path::to_owned).unwrap_or_default()
    };
    let overlays = settings.overlays(&options.limits, &spec_dir)?;
    let loaded = load::load_with(
        spec,
        &options.limits,
        &overlays,
        &settings.load_conventions()?,
    )?;
    let options = Options {
        settings: Some(settings),
        ..options.clone()
    };
    render_loaded(loaded, &options)
}

/// Renders the crate from already-loaded specs (what [`render`] does after reading files), with
/// `options.settings` (none: everything from the spec).
///
/// The position indexes that locate diagnostics are built on a second thread meanwhile, and
/// the model's diagnostics are located there while the files are rendered.
pub fn render_loaded(mut loaded: load::LoadedSpec, options: &Options) -> Result<(Files, Report)> {
    let sources = std::mem::take(&mut loaded.sources);
    std::thread::scope(|scope| {
        let prepared = scope.spawn(|| timings::cpu_of(|| sources.prepare_indexes()));
        let rendered = render_with(loaded, &sources, scope, options);
        if let Ok(((), cpu)) = prepared.join() {
            timings::add_work("locate: position indexes (beside)", cpu);
        }
        rendered
    })
}

/// [`render_loaded`] with the sources apart, and a scope to run side work in.
fn render_with<'scope>(
    loaded: load::LoadedSpec,
    sources: &'scope load::Sources,
    scope: &'scope std::thread::Scope<'scope, '_>,
    options: &Options,
) -> Result<(Files, Report)> {
    let mut loaded = loaded;
    let mut diagnostics = std::mem::take(&mut loaded.diagnostics);
    let mut model_diagnostics = Vec::new();
    let settings = options.settings.clone().unwrap_or_default();
    let api = model_stage(&mut loaded, &settings, sources, &mut model_diagnostics)?;
    let mut emit_options = emit_options_for(
        &api,
        &settings,
        options,
        &loaded.document,
        &mut model_diagnostics,
    )?;
    let webhook_events: Vec<String> = emit_options
        .webhooks
        .as_ref()
        .map(|w| w.events.iter().map(|(wire, _, _)| wire.clone()).collect())
        .unwrap_or_default();
    let (changes, changelog) = timings::phase("change report", || {
        change_report(
            &api,
            &mut emit_options,
            &webhook_events,
            options.previous.as_deref(),
            settings.values.krate.bump_version,
        )
    })?;
    let options = &emit_options;
    let located = scope.spawn(move || {
        timings::cpu_of(|| {
            model_diagnostics
                .into_iter()
                .map(|mut d| {
                    if d.location.file.is_none() {
                        if let Some(p) = d.location.pointer.clone() {
                            d.location = sources.locate(&p);
                        }
                    }
                    d
                })
                .collect::<Vec<_>>()
        })
    });
    let mut files = emit::render(&api, &loaded.document, options)?;
    let (located, cpu) = located.join().map_err(|_| Error::Emit {
        file: "the report".into(),
        message: "the thread locating diagnostics panicked".into(),
    })?;
    timings::add_work("locate model diagnostics (beside)", cpu);
    diagnostics.extend(located);
    let summary = timings::phase("emit: api.json", || {
        changes::ApiSummary::of(
            &api,
            &options.crate_name,
            &options.crate_version,
            &webhook_events,
        )
        .to_json()
    });
    files.insert(changes::SUMMARY_FILE.into(), summary);
    files.insert(changes::CHANGELOG_FILE.into(), changelog);
    let report = report_of(
        &api,
        sources,
        &loaded.document,
        &files,
        diagnostics,
        changes,
    );
    Ok((files, report))
}

/// The conventions and the resource selection applied to the document, the model built from
/// it, and the settings applied to the model.
fn model_stage(
    loaded: &mut load::LoadedSpec,
    settings: &Settings,
    sources: &load::Sources,
    model_diagnostics: &mut Vec<Diagnostic>,
) -> Result<model::Api> {
    timings::phase("conventions, selection", || {
        conventions::apply_always_present(
            &mut loaded.document,
            &settings.always_present()?,
            model_diagnostics,
        );
        selection::apply(&mut loaded.document, &settings)
    })?;
    let model_conventions = model::ModelConventions {
        idempotency_headers: settings.idempotency_headers(),
        content_type_without_body: settings
            .conventions()?
            .content_type_without_body
            .unwrap_or(false),
    };
    let mut api = model::build_with(&loaded.document, &model_conventions, model_diagnostics)
        .map_err(|e| in_input_order(sources.attach(e)))?;
    timings::phase("settings", || settings.apply(&mut api))?;
    Ok(api)
}

/// The emit options: the caller's, completed from the settings (crate name, version and
/// description, webhooks, idempotency header, runtime conventions) and the model (key prefix).
fn emit_options_for(
    api: &model::Api,
    settings: &Settings,
    options: &Options,
    document: &serde_json::Value,
    model_diagnostics: &mut Vec<Diagnostic>,
) -> Result<EmitOptions> {
    let mut emit_options = options.emit.clone();
    emit_options.crate_name = if options.emit.crate_name.is_empty() {
        settings.crate_name(None, &api.title)
    } else {
        options.emit.crate_name.clone()
    };
    if emit_options.crate_version.is_empty() {
        emit_options.crate_version = settings
            .values
            .krate
            .version
            .as_ref()
            .map(|v| v.get_ref().clone())
            .unwrap_or_else(|| "0.1.0".into());
    }
    if emit_options.description.is_none() {
        emit_options.description = settings.values.krate.description.clone();
    }
    emit_options.webhooks = settings.webhooks(api, document)?;
    if emit_options.webhooks.is_none()
        && document
            .get("webhooks")
            .and_then(|w| w.as_object())
            .is_some_and(|w| !w.is_empty())
    {
        model_diagnostics.push(Diagnostic::note(
            Location::pointer("#/webhooks"),
            "the spec describes webhooks but OpenAPI cannot say how deliveries are signed: add a [webhooks] section to the settings (codegen.toml) to generate the `webhooks` module",
        ).with_kind(DiagnosticKind::Webhooks));
    }
    emit_options.idempotency_header = settings.idempotency_header(&api);
    emit_options.runtime = settings.runtime_conventions()?;
    // The default environment's first key prefix, from the settings or the spec.
    emit_options.key_prefix = api
        .servers
        .first()
        .and_then(|server| server.key_prefixes.first().cloned());
    Ok(emit_options)
}

/// The run's report: files read, resources, operations generated and declared, types, files
/// written, diagnostics and the public-API changes.
fn report_of(
    api: &model::Api,
    sources: &load::Sources,
    document: &serde_json::Value,
    files: &Files,
    diagnostics: Vec<Diagnostic>,
    changes: Option<changes::ChangeReport>,
) -> Report {
    Report {
        // A Markdown page with several blocks is one file.
        files: {
            let mut files: Vec<String> = sources.files.iter().map(|f| f.display.clone()).collect();
            files.dedup();
            files
        },
        resources: api
            .resources
            .iter()
            .map(|r| (r.fn_name.as_str().to_owned(), r.operations.len()))
            .collect(),
        // A streaming twin (`create_stream` beside `create`) is the same operation.
        operations: api
            .resources
            .iter()
            .flat_map(|r| &r.operations)
            .filter(|o| o.stream_of.is_none())
            .count(),
        declared_operations: declared_operations(document),
        types: api.types.len(),
        written: files.keys().cloned().collect(),
        diagnostics,
        changes,
    }
}

/// The errors of an [`Error::Many`] sorted by where they are (file, line, column, pointer), so
/// a list gathered stage by stage reads in input order; other errors as they are.
fn in_input_order(error: Error) -> Error {
    match error {
        Error::Many {
            mut errors,
            omitted,
        } => {
            errors.sort_by(|a, b| {
                let key = |e: &Error| {
                    e.location().map(|l| {
                        (
                            l.file.clone(),
                            l.line,
                            l.column,
                            l.pointer.clone().unwrap_or_default(),
                        )
                    })
                };
                key(a).cmp(&key(b))
            });
            Error::Many { errors, omitted }
        }
        other => other,
    }
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

/// The options with `previous` set to `out` unless set already.
fn replacing(out: &Path, options: &Options) -> Options {
    let mut options = options.clone();
    if options.previous.is_none() {
        options.previous = Some(out.to_owned());
    }
    options
}

/// Compares the new API with the crate at `previous` (when it has an `api.json`): the change
/// report, the version (bumped when `bump` says so), and the changelog text with the report
/// appended when the API changed.
fn change_report(
    api: &model::Api,
    emit_options: &mut EmitOptions,
    webhook_events: &[String],
    previous: Option<&Path>,
    bump: bool,
) -> Result<(Option<changes::ChangeReport>, String)> {
    let read = |name: &str| -> Option<String> {
        previous.and_then(|dir| std::fs::read_to_string(dir.join(name)).ok())
    };
    let old_changelog = read(changes::CHANGELOG_FILE)
        .unwrap_or_else(|| changes::changelog_header(&emit_options.crate_name));
    let Some(old) = read(changes::SUMMARY_FILE).and_then(|t| changes::ApiSummary::from_json(&t))
    else {
        return Ok((None, old_changelog));
    };
    let new = changes::ApiSummary::of(
        api,
        &emit_options.crate_name,
        &emit_options.crate_version,
        webhook_events,
    );
    let list = changes::compare(&old, &new);
    let configured = emit_options.crate_version.clone();
    let newer = |a: &str, b: &str| {
        settings::semver_parts(a)
            .zip(settings::semver_parts(b))
            .is_some_and(|(a, b)| a > b)
    };
    if bump {
        // The version grows from the one released last, unless the settings ask for a later one.
        let base = if newer(&configured, &old.version) {
            configured
        } else {
            old.version.clone()
        };
        let mut report = changes::ChangeReport {
            old_version: old.version.clone(),
            new_version: base.clone(),
            changes: list,
        };
        if base == old.version {
            report.new_version = changes::bumped(&base, report.bump()).unwrap_or(base);
        }
        emit_options.crate_version = report.new_version.clone();
        return Ok(finish(report, old_changelog));
    }
    let report = changes::ChangeReport {
        old_version: old.version.clone(),
        new_version: configured,
        changes: list,
    };
    Ok(finish(report, old_changelog))
}

fn finish(
    report: changes::ChangeReport,
    mut changelog: String,
) -> (Option<changes::ChangeReport>, String) {
    if !report.changes.is_empty() {
        if !changelog.ends_with('\n') {
            changelog.push('\n');
        }
        changelog.push('\n');
        changelog.push_str(&report.markdown());
    }
    (Some(report), changelog)
}

/// Generates the crate for `spec` into the folder `out`, replacing it atomically; the report
/// says what changed in the public API against the crate `out` held.
pub fn generate(spec: &Path, out: &Path, options: &Options) -> Result<Report> {
    let (files, report) = render(spec, &replacing(out, options))?;
    timings::phase("write", || emit::write_atomically(out, &files))?;
    Ok(report)
}

/// Lists how the folder `out` differs from what `spec` generates (empty when up to date).
pub fn check(spec: &Path, out: &Path, options: &Options) -> Result<(Vec<Drift>, Report)> {
    let (files, report) = render(spec, &replacing(out, options))?;
    Ok((emit::drift(out, &files)?, report))
}
