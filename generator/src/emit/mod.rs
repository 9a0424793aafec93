//! Emit stage: the model → formatted files of a crate, written atomically.

pub mod constructors;
pub mod examples;
pub mod krate;
pub mod readme;
pub mod resources;
pub mod responses;
pub mod serde_impls;
pub mod stubs;
pub mod types;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use proc_macro2::TokenStream;
use quote::quote;

use crate::error::{Error, Result};
use crate::model::Api;

/// Settings of the generated crate.
#[derive(Debug, Clone)]
pub struct EmitOptions {
    /// Package name (`wooshpay`); empty: from the settings, else from the spec's title.
    pub crate_name: String,
    /// Package version; empty: from the settings, else `0.1.0`.
    pub crate_version: String,
    /// Package description; `None`: from the settings, else from the spec's title.
    pub description: Option<String>,
    /// The webhook module's facts; `None`: no webhook module.
    pub webhooks: Option<crate::settings::Webhooks>,
    /// The header the client sends idempotency keys in where an operation declares none.
    pub idempotency_header: String,
    /// The API conventions the runtime reads (the crate's `config.rs`).
    pub runtime: RuntimeConventions,
    /// The prefix of a secret key for the default environment (`sk_test_`), for examples.
    pub key_prefix: Option<String>,
    /// The command that regenerates the crate, named in every file's header.
    pub regenerate_command: String,
    /// The spec location named in every file's header (`specs/`).
    pub spec_label: String,
    /// Hand-written files (examples) copied into the crate as they are, from this folder.
    pub extras_dir: Option<PathBuf>,
}

impl Default for EmitOptions {
    fn default() -> Self {
        EmitOptions {
            crate_name: String::new(),
            crate_version: String::new(),
            description: None,
            webhooks: None,
            idempotency_header: "Idempotency-Key".into(),
            runtime: RuntimeConventions::default(),
            key_prefix: None,
            regenerate_command: "cargo xtask regenerate".into(),
            spec_label: "specs/".into(),
            extras_dir: None,
        }
    }
}

/// The API conventions the runtime modules read, written to the crate's `src/config.rs` (from
/// the settings' `[conventions]`); none by default, so an API gets only what its spec says.
#[derive(Debug, Clone, Default)]
pub struct RuntimeConventions {
    /// Response headers carrying the request ID, the first present wins.
    pub request_id_headers: Vec<String>,
    /// The error body's member holding the error object (`error`); `None`: no envelope.
    pub error_envelope: Option<String>,
    /// Dotted paths of error-body members read as the error code without an envelope.
    pub error_code_fields: Vec<String>,
    /// Dotted paths of error-body members read as the error message without an envelope.
    pub error_message_fields: Vec<String>,
}

impl EmitOptions {
    fn header(&self, comment: &str) -> String {
        format!(
            "{comment} @generated from {} by `{}`.\n{comment} Do not edit by hand: change the spec (or the generator) and regenerate.\n",
            self.spec_label, self.regenerate_command
        )
    }
}

/// The generated crate as relative path → contents, in a stable order.
pub type Files = BTreeMap<String, String>;

/// Formats a token stream as a Rust file with the generated-file header.
fn rust_file(path: &str, tokens: TokenStream, options: &EmitOptions) -> Result<String> {
    let file: syn::File = syn::parse2(tokens).map_err(|e| Error::Emit {
        file: path.into(),
        message: e.to_string(),
    })?;
    Ok(format!(
        "{}\n{}",
        options.header("//"),
        space_items(&prettyplease::unparse(&file))
    ))
}

/// Types per rendering job: `src/types.rs` is rendered in chunks of this many types.
const TYPES_PER_CHUNK: usize = 250;

/// What one rendering job makes: (file path, text, time spent per step), or the error.
type Rendered = Result<(String, String, JobTimes)>;

/// CPU time one rendering job spent making tokens, parsing them into a `syn::File` and
/// printing that (for [`crate::timings`]; measured only when `timed`).
#[derive(Debug, Clone, Copy, Default)]
struct JobTimes {
    timed: bool,
    tokens: std::time::Duration,
    parse: std::time::Duration,
    print: std::time::Duration,
}

impl JobTimes {
    /// Runs `f`, adding its thread CPU time to the field `pick` selects.
    fn add<T>(
        &mut self,
        pick: fn(&mut JobTimes) -> &mut std::time::Duration,
        f: impl FnOnce() -> T,
    ) -> T {
        if !self.timed {
            return f();
        }
        let started = crate::timings::thread_cpu();
        let value = f();
        *pick(self) += crate::timings::thread_cpu().saturating_sub(started);
        value
    }
}

/// One piece of rendering work: a chunk of `src/types.rs`, or one resource module.
enum Job<'a> {
    /// Types `chunk` of `src/types.rs`; the first chunk carries the module docs.
    Types(usize, &'a [crate::model::TypeDef]),
    /// `src/resources/<name>.rs`.
    Resource(&'a crate::model::Resource),
}

/// Renders `src/types.rs` and the resource modules. Parsing and printing dominate generation
/// time for large specs (Stripe's 5,800 types), and every item prints the same on its own, so
/// the work is split into jobs run on all cores; the text is the same as rendering it in one
/// piece.
/// Returns the feature plan it gated the types with.
fn render_parallel(
    api: &Api,
    options: &EmitOptions,
    files: &mut Files,
) -> Result<crate::model::features::FeaturePlan> {
    let mut jobs: Vec<Job> = api
        .types
        .as_slice()
        .chunks(TYPES_PER_CHUNK)
        .enumerate()
        .map(|(i, chunk)| Job::Types(i, chunk))
        .collect();
    if jobs.is_empty() {
        jobs.push(Job::Types(0, &[]));
    }
    jobs.extend(api.resources.iter().map(Job::Resource));
    let plan = crate::timings::phase("emit: feature plan", || crate::model::features::plan(api));
    let event_objects = options
        .webhooks
        .iter()
        .flat_map(|w| {
            w.events
                .iter()
                .filter_map(|(_, _, object)| object.as_deref())
        })
        .filter_map(|name| api.types.by_name(name).map(|t| t.id));
    let directions = crate::timings::phase("emit: serde directions", || {
        crate::model::directions::plan(api, event_objects)
    });
    let timed = crate::timings::enabled();
    let run = |job: &Job| -> Rendered {
        let times = JobTimes {
            timed,
            ..JobTimes::default()
        };
        match job {
            Job::Types(i, chunk) => {
                render_types_chunk(*i, chunk, &api.types, &plan, &directions, times)
            }
            Job::Resource(r) => render_resource(r, api, options, times),
        }
    };
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(jobs.len());
    let results: Vec<Rendered> = crate::timings::phase("emit: types and resources", || {
        render_jobs(&jobs, threads, &run)
    });
    let mut types_code = String::new();
    let mut total = JobTimes::default();
    for result in results {
        let (path, text, times) = result?;
        total.tokens += times.tokens;
        total.parse += times.parse;
        total.print += times.print;
        if path == "src/types.rs" {
            types_code.push_str(&text);
        } else {
            files.insert(path, text);
        }
    }
    files.insert("src/types.rs".into(), types_file(api, types_code, options));
    crate::timings::add_work("emit: tokens (quote), CPU of all threads", total.tokens);
    crate::timings::add_work("emit: parse tokens (syn), CPU of all threads", total.parse);
    crate::timings::add_work(
        "emit: format (prettyplease), CPU of all threads",
        total.print,
    );
    Ok(plan)
}

/// Parses generated tokens as a file of `src/types.rs`.
fn parse_types(tokens: TokenStream) -> Result<syn::File> {
    syn::parse2(tokens).map_err(|e| Error::Emit {
        file: "src/types.rs".into(),
        message: e.to_string(),
    })
}

/// One chunk of `src/types.rs` (chunk 0 also opens the module), each type behind its
/// features, printed.
fn render_types_chunk(
    i: usize,
    chunk: &[crate::model::TypeDef],
    space: &crate::model::TypeSpace,
    plan: &crate::model::features::FeaturePlan,
    directions: &crate::model::directions::Directions,
    mut times: JobTimes,
) -> Rendered {
    let i = &i;
    let parse = parse_types;
    let module = times.add(
        |t| &mut t.tokens,
        || {
            if *i == 0 {
                types::types_module(&[], &directions, space)
            } else {
                TokenStream::new()
            }
        },
    );
    let items: Vec<_> = times.add(
        |t| &mut t.tokens,
        || {
            chunk
                .iter()
                .map(|def| {
                    (
                        types::feature_gate(&plan, def.id),
                        types::typedef_tokens(def, &directions, space),
                    )
                })
                .collect()
        },
    );
    let file = times.add(
        |t| &mut t.parse,
        || -> Result<syn::File> {
            let mut file = parse(module)?;
            for (cfg, tokens) in items {
                for mut item in parse(tokens)?.items {
                    if let (Some(attr), Some(attrs)) = (&cfg, types::item_attrs(&mut item)) {
                        // After the doc comment, before the derives.
                        let at = attrs
                            .iter()
                            .position(|a| !a.path().is_ident("doc"))
                            .unwrap_or(attrs.len());
                        attrs.insert(at, attr.clone());
                    }
                    file.items.push(item);
                }
            }
            Ok(file)
        },
    )?;
    let text = times.add(|t| &mut t.print, || prettyplease::unparse(&file));
    Ok(("src/types.rs".into(), text, times))
}

/// `src/resources/<name>.rs`, printed with the file header.
fn render_resource(
    r: &crate::model::Resource,
    api: &Api,
    options: &EmitOptions,
    mut times: JobTimes,
) -> Rendered {
    let path = format!("src/resources/{}.rs", r.fn_name.as_str());
    let tokens = times.add(
        |t| &mut t.tokens,
        || resources::resource_module(r, &api.types, &options.crate_name.replace('-', "_")),
    );
    let file: syn::File = times
        .add(|t| &mut t.parse, || syn::parse2(tokens))
        .map_err(|e| Error::Emit {
            file: path.clone(),
            message: e.to_string(),
        })?;
    let text = times.add(
        |t| &mut t.print,
        || {
            format!(
                "{}\n{}",
                options.header("//"),
                space_items(&prettyplease::unparse(&file))
            )
        },
    );
    Ok((path, text, times))
}

/// `src/types.rs` from its printed chunks: the shared macros after the module docs when a
/// string enum or tagged union needs them, the header, items spaced.
fn types_file(api: &Api, mut types_code: String, options: &EmitOptions) -> String {
    let has_string_enums = api
        .types
        .iter()
        .any(|t| matches!(t.kind, crate::model::TypeKind::StringEnum { .. }));
    let has_tagged = api
        .types
        .iter()
        .any(|t| matches!(t.kind, crate::model::TypeKind::Tagged { .. }));
    // After the module docs, before the first item.
    let docs_end = types_code
        .lines()
        .take_while(|l| l.starts_with("//!"))
        .map(|l| l.len() + 1)
        .sum::<usize>()
        .min(types_code.len());
    if has_tagged {
        types_code.insert_str(docs_end, &format!("\n{}\n", types::TAGGED_SERIALIZE));
    }
    if has_string_enums {
        types_code.insert_str(docs_end, &format!("\n{}\n", types::STRING_ENUM_IMPLS));
    }
    format!("{}\n{}", options.header("//"), space_items(&types_code))
}

/// Runs `jobs` on `threads` threads (on this one when fewer than two), results in job order.
fn render_jobs(
    jobs: &[Job],
    threads: usize,
    run: &(dyn Fn(&Job) -> Rendered + Sync),
) -> Vec<Rendered> {
    if threads < 2 {
        jobs.iter().map(run).collect()
    } else {
        let next = std::sync::atomic::AtomicUsize::new(0);
        let mut slots: Vec<Option<Rendered>> = jobs.iter().map(|_| None).collect();
        let done: Vec<Vec<(usize, Rendered)>> = std::thread::scope(|scope| {
            let workers: Vec<_> = (0..threads)
                .map(|_| {
                    scope.spawn(|| {
                        let mut out = Vec::new();
                        loop {
                            let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                            let Some(job) = jobs.get(i) else { break };
                            out.push((i, run(job)));
                        }
                        out
                    })
                })
                .collect();
            workers
                .into_iter()
                .map(|w| {
                    w.join().unwrap_or_else(|_| {
                        vec![(
                            usize::MAX,
                            Err(Error::Emit {
                                file: "src/types.rs".into(),
                                message: "a rendering thread panicked".into(),
                            }),
                        )]
                    })
                })
                .collect()
        });
        let mut failed = None;
        for (i, result) in done.into_iter().flatten() {
            match slots.get_mut(i) {
                Some(slot) => *slot = Some(result),
                None => failed = Some(result),
            }
        }
        if let Some(Err(e)) = failed {
            return vec![Err(e)];
        }
        slots
            .into_iter()
            .map(|s| {
                s.unwrap_or_else(|| {
                    Err(Error::Emit {
                        file: "src/types.rs".into(),
                        message: "a rendering job did not run".into(),
                    })
                })
            })
            .collect()
    }
}

/// prettyplease prints items back to back; a blank line after each top-level item reads better.
fn space_items(code: &str) -> String {
    let mut out = String::with_capacity(code.len() + code.len() / 20);
    let mut lines = code.lines().peekable();
    while let Some(line) = lines.next() {
        out.push_str(line);
        out.push('\n');
        let ends_item = line == "}"
            || (line.starts_with("string_enum_impls!(") && line.ends_with(");"))
            || (line.starts_with("pub type ") && line.ends_with(';'))
            || (line.starts_with("pub use ")
                && line.ends_with(';')
                && lines.peek().is_some_and(|n| !n.starts_with("pub use ")));
        if ends_item && lines.peek().is_some_and(|next| !next.is_empty()) {
            out.push('\n');
        }
    }
    out
}

/// Files under `dir`, relative path → contents, for copying into the crate.
fn extras(dir: &Path, options: &EmitOptions) -> Result<Files> {
    let mut files = Files::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).map_err(io(&d, "cannot list"))? {
            let entry = entry.map_err(io(&d, "cannot list"))?;
            let path = entry.path();
            if entry
                .file_type()
                .map_err(io(&path, "cannot stat"))?
                .is_dir()
            {
                stack.push(path);
                continue;
            }
            let rel = path
                .strip_prefix(dir)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            let text = std::fs::read_to_string(&path).map_err(io(&path, "cannot read"))?;
            let text = if rel.ends_with(".rs") {
                format!(
                    "// Copied from the generator's extras ({}) by `{}`; edit it there.\n\n{text}",
                    dir.file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                    options.regenerate_command
                )
            } else {
                text
            };
            files.insert(rel, text);
        }
    }
    Ok(files)
}

/// Renders every file of the crate in memory; nothing is written.
///
/// The crate's own files (`lib.rs`, the runtime, `openapi.json`) are made on a thread of their
/// own while the types and resources are rendered.
pub fn render(api: &Api, normalized: &serde_json::Value, options: &EmitOptions) -> Result<Files> {
    let (crate_files, rendered, json) = std::thread::scope(|scope| {
        let side = scope.spawn(move || {
            let files = crate::timings::cpu_of(|| crate_files(api, options));
            let json = crate::timings::cpu_of(|| openapi_json(normalized, options));
            (files, json)
        });
        let mut files = Files::new();
        let rendered = render_parallel(api, options, &mut files).map(|plan| (plan, files));
        let (crate_files, json) = side.join().unwrap_or_else(|_| {
            let failed = || Error::Emit {
                file: "src/lib.rs".into(),
                message: "a rendering thread panicked".into(),
            };
            (
                (Err(failed()), std::time::Duration::ZERO),
                (Err(failed()), std::time::Duration::ZERO),
            )
        });
        (crate_files, rendered, json)
    });
    crate::timings::add_work("emit: lib.rs, Cargo.toml, runtime (beside)", crate_files.1);
    crate::timings::add_work("emit: openapi.json (beside)", json.1);
    let mut files = crate_files.0?;
    let (plan, rendered) = rendered?;
    files.extend(rendered);
    let mods = api.resources.iter().map(|r| {
        let m = r.fn_name.to_ident();
        let feature = plan
            .resource_feature(r.fn_name.as_str())
            .unwrap_or_default();
        quote!(#[cfg(feature = #feature)] pub mod #m; #[cfg(feature = #feature)] pub use #m::*;)
    });
    files.insert(
        "src/resources/mod.rs".into(),
        rust_file(
            "src/resources/mod.rs",
            quote! { //! One handle type per resource, reached from [`Client`](crate::Client).
            #( #mods )* },
            options,
        )?,
    );
    files.insert("openapi.json".into(), json.0?);
    if let Some(dir) = &options.extras_dir {
        for (rel, text) in extras(dir, options)? {
            files.entry(rel).or_insert(text);
        }
    }
    let readme = readme::readme(api, options, &files);
    files.insert("README.md".into(), readme);
    Ok(files)
}

/// The crate's `Cargo.toml`, `src/lib.rs` and runtime modules.
fn crate_files(api: &Api, options: &EmitOptions) -> Result<Files> {
    let mut files = Files::new();
    files.insert(
        "Cargo.toml".into(),
        krate::cargo_toml(api, options, &options.header("#")),
    );
    files.insert(
        "src/lib.rs".into(),
        rust_file("src/lib.rs", krate::lib_rs(api, options), options)?,
    );
    // The runtime's files as they are, and the API's facts they read beside them.
    for (name, source) in krate::RUNTIME {
        if *name == "webhooks" && options.webhooks.is_none() {
            continue;
        }
        files.insert(
            format!("src/{name}.rs"),
            format!("{}\n{source}", options.header("//")),
        );
    }
    files.insert(
        "src/config.rs".into(),
        rust_file("src/config.rs", krate::config_rs(options), options)?,
    );
    if let Some(webhooks) = &options.webhooks {
        files.insert(
            "src/webhooks/events.rs".into(),
            krate::webhook_events_rs(webhooks, api, &options.header("//")),
        );
    }
    files.insert(
        "src/stubs.rs".into(),
        rust_file(
            "src/stubs.rs",
            stubs::stubs_module(api, &options.crate_name),
            options,
        )?,
    );
    Ok(files)
}

/// The normalized document as the crate's `openapi.json`, marked as generated.
fn openapi_json(normalized: &serde_json::Value, options: &EmitOptions) -> Result<String> {
    let mut doc = normalized.clone();
    if let Some(info) = doc.get_mut("info").and_then(|i| i.as_object_mut()) {
        info.insert(
            "x-generated".into(),
            serde_json::Value::String(format!(
                "normalized from {} by `{}`; do not edit",
                options.spec_label, options.regenerate_command
            )),
        );
    }
    let json = serde_json::to_string_pretty(&doc).map_err(|e| Error::Emit {
        file: "openapi.json".into(),
        message: e.to_string(),
    })?;
    Ok(format!("{json}\n"))
}

fn io<'p>(path: &'p Path, action: &'static str) -> impl FnOnce(std::io::Error) -> Error + 'p {
    move |source| Error::Io {
        path: path.to_owned(),
        action,
        source,
    }
}

/// Writes `files` as the folder `out`: into a temporary sibling first, then swapped in, so a
/// failure leaves the previous contents of `out` (its `target/` build folder included) untouched
/// and no temporary folder behind.
pub fn write_atomically(out: &Path, files: &Files) -> Result<()> {
    write_atomically_checked(out, files, &mut |_, _| Ok(()))
}

/// [`write_atomically`] with `before` called ahead of every filesystem step that can fail (with
/// the step and its path); an error it returns fails that step. Tests use it to fail each step
/// in turn.
#[doc(hidden)]
pub fn write_atomically_checked(
    out: &Path,
    files: &Files,
    before: &mut dyn FnMut(&'static str, &Path) -> std::io::Result<()>,
) -> Result<()> {
    let parent = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent).map_err(io(parent, "cannot create"))?;
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "generated".into());
    let staging = parent.join(format!(".{name}.staging-{}", std::process::id()));
    let retired = parent.join(format!(".{name}.old-{}", std::process::id()));
    if staging.exists() {
        std::fs::remove_dir_all(&staging).map_err(io(&staging, "cannot remove"))?;
    }
    let mut step = |action: &'static str, path: &Path, op: &dyn Fn() -> std::io::Result<()>| {
        before(action, path)
            .and_then(|()| op())
            .map_err(io(path, action))
    };
    // Undone in reverse on failure: the build folder moved into staging, `out` moved aside.
    let target = out.join("target");
    let staged_target = staging.join("target");
    let mut moved_target = false;
    let mut moved_out = false;
    let result = (|| {
        for (rel, contents) in files {
            let path = staging.join(rel);
            if let Some(dir) = path.parent() {
                step("cannot create", dir, &|| std::fs::create_dir_all(dir))?;
            }
            step("cannot write", &path, &|| std::fs::write(&path, contents))?;
        }
        // Keep a build folder the crate may have, so regenerating does not force a rebuild.
        if target.is_dir() {
            step("cannot move", &target, &|| {
                std::fs::rename(&target, &staged_target)
            })?;
            moved_target = true;
        }
        if out.exists() {
            step("cannot move aside", out, &|| std::fs::rename(out, &retired))?;
            moved_out = true;
        }
        step("cannot move into place", out, &|| {
            std::fs::rename(&staging, out)
        })
    })();
    match result {
        Ok(()) => {
            // The new crate is in place; the old copy is only clean-up.
            if moved_out {
                let _ = std::fs::remove_dir_all(&retired);
            }
            Ok(())
        }
        Err(error) => {
            if moved_out {
                let _ = std::fs::rename(&retired, out);
            }
            if moved_target {
                let _ = std::fs::rename(&staged_target, &target);
            }
            if staging.exists() {
                let _ = std::fs::remove_dir_all(&staging);
            }
            Err(error)
        }
    }
}

/// One difference between the rendered crate and the folder on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Drift {
    /// A file the generator would write is missing.
    Missing(String),
    /// A file on disk the generator would not write.
    Extra(String),
    /// A file whose contents differ: (path, on disk, expected).
    Changed(String, String, String),
}

/// Compares `files` with the folder `out` (ignoring `target/`).
pub fn drift(out: &Path, files: &Files) -> Result<Vec<Drift>> {
    let mut on_disk = BTreeMap::new();
    if out.exists() {
        let mut stack = vec![out.to_path_buf()];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).map_err(io(&dir, "cannot list"))? {
                let entry = entry.map_err(io(&dir, "cannot list"))?;
                let path: PathBuf = entry.path();
                let rel = path
                    .strip_prefix(out)
                    .unwrap_or(&path)
                    .to_string_lossy()
                    .replace('\\', "/");
                if rel == "target" || rel == "Cargo.lock" {
                    continue;
                }
                if entry
                    .file_type()
                    .map_err(io(&path, "cannot stat"))?
                    .is_dir()
                {
                    stack.push(path);
                } else {
                    let text = std::fs::read_to_string(&path)
                        .unwrap_or_else(|_| String::from("<unreadable>"));
                    on_disk.insert(rel, text);
                }
            }
        }
    }
    let mut out_drift = Vec::new();
    for (rel, expected) in files {
        match on_disk.remove(rel) {
            None => out_drift.push(Drift::Missing(rel.clone())),
            Some(actual) if actual != *expected => {
                out_drift.push(Drift::Changed(rel.clone(), actual, expected.clone()))
            }
            Some(_) => {}
        }
    }
    out_drift.extend(on_disk.into_keys().map(Drift::Extra));
    Ok(out_drift)
}
