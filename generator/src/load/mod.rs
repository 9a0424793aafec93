//! Load stage: spec files → one merged, normalized OpenAPI document.
//!
//! Every quirk of Apifox exports is handled here (in [`apifox`]), so the model stage sees a
//! plain OpenAPI 3.0 document: `$ref`s canonical and resolvable, inherited properties
//! expanded, optional properties nullable (unless the API's conventions say otherwise:
//! [`LoadConventions`]).

pub mod apifox;
pub mod keywords;
pub mod locate;
pub mod merge;
pub mod overlay;
pub mod references;
pub mod source;
pub mod walk;

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::error::{unescape_pointer_segment, Error, Location, Result};
use crate::error::{Diagnostic, DiagnosticKind};
pub use source::{Format, SourceFile};

/// Safety limits that stop a hostile spec from exhausting memory or stack.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Largest spec file read, in bytes.
    pub max_file_bytes: u64,
    /// Most JSON values one file may expand to (YAML aliases included).
    pub max_nodes: usize,
    /// Deepest nesting of objects and arrays.
    pub max_depth: usize,
    /// Longest single string, in bytes.
    pub max_string_bytes: usize,
    /// Most spec files under one folder.
    pub max_files: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 64 * 1024 * 1024,
            max_nodes: 4_000_000,
            max_depth: 100,
            max_string_bytes: 1024 * 1024,
            max_files: 10_000,
        }
    }
}

/// The API's conventions the loader applies while normalizing (from `[conventions]` in the
/// settings; see [`crate::settings::Settings::load_conventions`]).
#[derive(Debug, Clone, Default)]
pub struct LoadConventions {
    /// Whether every optional property also accepts `null` (marked `nullable`); `None`: when
    /// the document is an Apifox export, whose optional fields mean it, and not otherwise
    /// (another API gets only what its spec says).
    pub optional_nullable: Option<bool>,
}

/// The spec files that were read, and which file each part of the merged document came from.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    /// The files, in the order they were read (sorted by path).
    pub files: Vec<SourceFile>,
    /// (JSON pointer prefix, index into `files`): the file that defined each path item,
    /// operation and component.
    pub origins: Vec<(String, usize)>,
    /// Line indexes of the YAML files, built on the first lookup in each.
    yaml_indexes: Vec<std::sync::OnceLock<locate::YamlIndex>>,
    /// Position indexes of the JSON files, built on the first lookup in each.
    json_indexes: Vec<std::sync::OnceLock<locate::JsonIndex>>,
    /// `origins` by prefix (the last entry of each prefix), built on the first lookup once
    /// `origins` is filled in: a lookup tries the pointer's own prefixes instead of scanning
    /// every origin (Microsoft Graph has 20,000 of them, and thousands of diagnostics).
    origin_index: std::sync::OnceLock<(usize, std::collections::HashMap<String, usize>)>,
}

impl Sources {
    /// Names the file, line and column for a JSON pointer into the merged document.
    pub fn locate(&self, pointer: &str) -> Location {
        let mut location = Location::pointer(pointer);
        if let Some(index) = self.origin_of(pointer) {
            if let Some(file) = self.files.get(index) {
                location.file = Some(file.display.clone());
                let segments: Vec<String> = pointer
                    .trim_start_matches('#')
                    .split('/')
                    .skip(1)
                    .map(unescape_pointer_segment)
                    .collect();
                let found = if file.format == Format::Json {
                    match self.json_indexes.get(index) {
                        Some(cell) => {
                            let json = cell.get_or_init(|| locate::JsonIndex::new(&file.text));
                            locate::locate_json_indexed(json, &segments)
                        }
                        None => locate::locate_json(&file.text, &segments),
                    }
                } else {
                    match self.yaml_indexes.get(index) {
                        Some(cell) => {
                            let yaml = cell.get_or_init(|| locate::YamlIndex::new(&file.text));
                            locate::locate_yaml_indexed(&file.text, yaml, &segments)
                        }
                        None => locate::locate_yaml(&file.text, &segments),
                    }
                };
                if let Some((line, column)) = found {
                    location.line = Some(line + file.line_offset);
                    location.column = Some(column);
                }
            }
        }
        location
    }

    /// Builds the position index of every file and of the origins now (each is otherwise
    /// built on the first lookup that needs it): a generation run does it on a spare core
    /// while the model is built, before its diagnostics are located.
    pub fn prepare_indexes(&self) {
        let _ = self.origin_of("#");
        for (i, file) in self.files.iter().enumerate() {
            if file.format == Format::Json {
                if let Some(cell) = self.json_indexes.get(i) {
                    cell.get_or_init(|| locate::JsonIndex::new(&file.text));
                }
            } else if let Some(cell) = self.yaml_indexes.get(i) {
                cell.get_or_init(|| locate::YamlIndex::new(&file.text));
            }
        }
    }

    /// The file the longest origin prefix of `pointer` came from (`#` covers every pointer;
    /// of equal prefixes, the last recorded).
    fn origin_of(&self, pointer: &str) -> Option<usize> {
        if self.origins.is_empty() {
            return None;
        }
        let (len, index) = self.origin_index.get_or_init(|| {
            let index = self.origins.iter().cloned().collect();
            (self.origins.len(), index)
        });
        if *len != self.origins.len() {
            // `origins` changed after the index was built: scan it.
            return self
                .origins
                .iter()
                .filter(|(prefix, _)| {
                    pointer == prefix || pointer.starts_with(&format!("{prefix}/")) || prefix == "#"
                })
                .max_by_key(|(prefix, _)| prefix.len())
                .map(|(_, i)| *i);
        }
        // The pointer itself, then each prefix ending before a `/`, longest first.
        let cuts = std::iter::once(pointer.len()).chain(
            pointer
                .char_indices()
                .rev()
                .filter(|(_, c)| *c == '/')
                .map(|(i, _)| i),
        );
        for cut in cuts {
            let prefix = &pointer[..cut];
            if prefix.is_empty() {
                break;
            }
            if let Some(i) = index.get(prefix) {
                return Some(*i);
            }
        }
        // `#` covers every pointer; the empty prefix, one that starts with `/`.
        index
            .get("#")
            .or_else(|| {
                (pointer.is_empty() || pointer.starts_with('/'))
                    .then(|| index.get(""))
                    .flatten()
            })
            .copied()
    }

    /// Fills in file, line and column of an error that only knows its JSON pointer (of each
    /// error of an [`Error::Many`]).
    pub fn attach(&self, mut error: Error) -> Error {
        if let Error::Many { errors, omitted } = error {
            return Error::Many {
                errors: errors.into_iter().map(|e| self.attach(e)).collect(),
                omitted,
            };
        }
        if let Some(location) = error.location_mut() {
            if location.file.is_none() {
                if let Some(pointer) = location.pointer.clone() {
                    let found = self.locate(&pointer);
                    location.file = found.file;
                    location.line = found.line;
                    location.column = found.column;
                }
            }
        }
        error
    }
}

/// The result of loading: one normalized document and where its parts came from.
#[derive(Debug, Clone)]
pub struct LoadedSpec {
    /// The merged, normalized OpenAPI 3.0 document.
    pub document: Value,
    /// The files read.
    pub sources: Sources,
    /// Notes and warnings from loading (derived types, conflicting servers, ...).
    pub diagnostics: Vec<Diagnostic>,
}

/// Loads every spec file under `path` (or the single file `path`) into one document.
pub fn load(path: &Path, limits: &Limits) -> Result<LoadedSpec> {
    load_with_overlays(path, limits, &[])
}

/// [`load`] with `overlays` applied in order to each file before merging (see
/// [`overlay`]); the overlays' own files are not read as specs even when they lie in `path`.
pub fn load_with_overlays(
    path: &Path,
    limits: &Limits,
    overlays: &[overlay::Overlay],
) -> Result<LoadedSpec> {
    load_with(path, limits, overlays, &LoadConventions::default())
}

/// [`load_with_overlays`], normalizing with the API's `conventions`.
pub fn load_with(
    path: &Path,
    limits: &Limits,
    overlays: &[overlay::Overlay],
    conventions: &LoadConventions,
) -> Result<LoadedSpec> {
    let files = crate::timings::phase("load: read files", || read_sources(path, limits, overlays))?;
    load_sources_with(files, limits, overlays, conventions)
}

/// Reads every spec file under `path` (or the single file `path`), but the overlays' files.
fn read_sources(
    path: &Path,
    limits: &Limits,
    overlays: &[overlay::Overlay],
) -> Result<Vec<SourceFile>> {
    let overlay_files: Vec<PathBuf> = overlays
        .iter()
        .filter_map(|o| std::fs::canonicalize(o.path()).ok())
        .collect();
    let mut files = collect_files(path, limits)?;
    files.retain(|f| {
        std::fs::canonicalize(f).map_or(true, |f| !overlay_files.iter().any(|o| *o == f))
    });
    let root = if path.is_dir() {
        path.to_owned()
    } else {
        path.parent().map(Path::to_owned).unwrap_or_default()
    };
    let mut sources = Vec::with_capacity(files.len());
    let mut errors = Vec::new();
    for file in files {
        let display = display_name(&root, &file, path);
        match SourceFile::read(&file, display, limits) {
            Ok(read) => sources.extend(read),
            Err(e) => errors.push(e),
        }
    }
    match Error::from_all(errors) {
        Some(e) => Err(e),
        None => Ok(sources),
    }
}

/// Loads every spec file under `path` (or the single file `path`) into one document as
/// written: merged across files exactly as [`load`] merges them, but not normalized (no
/// Apifox expansions, no widening of optional properties to `nullable`). Contract tests
/// validate requests against it, so the normalized document cannot vouch for itself.
pub fn load_as_written(path: &Path, limits: &Limits) -> Result<Value> {
    load_as_written_with_overlays(path, limits, &[])
}

/// [`load_as_written`] with `overlays` applied to each file first: the specs as their authors
/// corrected them, still not normalized.
pub fn load_as_written_with_overlays(
    path: &Path,
    limits: &Limits,
    overlays: &[overlay::Overlay],
) -> Result<Value> {
    let merged = merge_sources(read_sources(path, limits, overlays)?, limits, overlays);
    match Error::from_all(merged.errors) {
        Some(e) => Err(e),
        None => Ok(merged.document),
    }
}

/// What [`merge_sources`] made: the merged document (of the files that could be read), where
/// its parts came from, the merge's diagnostics, and every error found on the way.
struct Merged {
    document: Value,
    sources: Sources,
    diagnostics: Vec<Diagnostic>,
    errors: Vec<Error>,
}

/// Parses and merges `files` without normalizing. A file that cannot be parsed is left out
/// and its error kept, so that the errors of the other files are found in the same run.
fn merge_sources(files: Vec<SourceFile>, limits: &Limits, overlays: &[overlay::Overlay]) -> Merged {
    let mut docs = Vec::with_capacity(files.len());
    let mut errors = Vec::new();
    let mut diagnostics = Vec::new();
    crate::timings::phase("load: parse", || {
        for (index, file) in files.iter().enumerate() {
            match file.parse(limits) {
                // An overlay the settings do not list is not a spec either; it is not applied.
                Ok(doc) if overlay::is_overlay_document(&doc) => diagnostics.push(Diagnostic::warning(
                    Location::file(file.display.clone()),
                    "this is an overlay document, not a spec, and the settings do not list it in `overlays`: it is not applied",
                ).with_kind(DiagnosticKind::Overlay)),
                Ok(doc) => docs.push((index, doc)),
                Err(e) => errors.push(e),
            }
        }
    });
    errors.extend(crate::timings::phase("load: overlays", || {
        overlay::apply_all(overlays, &files, &mut docs)
    }));
    let yaml_indexes = files.iter().map(|_| std::sync::OnceLock::new()).collect();
    let json_indexes = files.iter().map(|_| std::sync::OnceLock::new()).collect();
    let mut sources = Sources {
        files,
        origins: Vec::new(),
        yaml_indexes,
        json_indexes,
        origin_index: std::sync::OnceLock::new(),
    };
    let document = crate::timings::phase("load: merge", || {
        merge::merge(docs, &mut sources, &mut diagnostics, &mut errors)
    });
    Merged {
        document,
        sources,
        diagnostics,
        errors,
    }
}

/// Loads already-read sources (the entry point for tests and fuzzing).
///
/// Every independent error is reported, not only the first: files that fail to parse,
/// conflicts between files, unresolved `$ref`s, malformed Apifox extensions and schemas of
/// the wrong shape are all collected (up to [`crate::error::MAX_REPORTED_ERRORS`]) into one
/// [`Error::Many`], each with its file, line, column and JSON pointer.
pub fn load_sources(files: Vec<SourceFile>, limits: &Limits) -> Result<LoadedSpec> {
    load_sources_with_overlays(files, limits, &[])
}

/// [`load_sources`] with `overlays` applied to each file before merging.
pub fn load_sources_with_overlays(
    files: Vec<SourceFile>,
    limits: &Limits,
    overlays: &[overlay::Overlay],
) -> Result<LoadedSpec> {
    load_sources_with(files, limits, overlays, &LoadConventions::default())
}

/// [`load_sources_with_overlays`], normalizing with the API's `conventions`.
pub fn load_sources_with(
    files: Vec<SourceFile>,
    limits: &Limits,
    overlays: &[overlay::Overlay],
    conventions: &LoadConventions,
) -> Result<LoadedSpec> {
    let Merged {
        document,
        sources,
        mut diagnostics,
        mut errors,
    } = merge_sources(files, limits, overlays);
    if document.as_object().is_some_and(|d| d.is_empty()) {
        // No file could be merged: there is no document to look further into.
        if let Some(e) = Error::from_all(std::mem::take(&mut errors)) {
            return Err(e);
        }
    }
    let (document, normalize_errors) = crate::timings::phase("load: normalize", || {
        apifox::normalize_all_with(document, &mut diagnostics, conventions)
    });
    errors.extend(normalize_errors);
    if !errors.is_empty() {
        // Schemas of the wrong shape are found by the model stage, which only runs on a
        // document without errors; look for them now so this run lists them too.
        errors.extend(crate::shape::structural_errors(&document));
        let all = Error::from_all(errors).map(|e| sources.attach(e));
        if let Some(e) = all {
            return Err(e);
        }
    }
    crate::timings::phase("load: locate diagnostics", || {
        for d in &mut diagnostics {
            if d.location.file.is_none() {
                if let Some(p) = d.location.pointer.clone() {
                    d.location = sources.locate(&p);
                }
            }
        }
    });
    Ok(LoadedSpec {
        document,
        sources,
        diagnostics,
    })
}

fn display_name(root: &Path, file: &Path, given: &Path) -> String {
    let shown = if given.is_dir() {
        let base = given.file_name().map(Path::new).unwrap_or(given);
        file.strip_prefix(root)
            .map(|rel| base.join(rel))
            .unwrap_or_else(|_| file.to_owned())
    } else {
        file.to_owned()
    };
    shown.to_string_lossy().replace('\\', "/")
}

fn collect_files(path: &Path, limits: &Limits) -> Result<Vec<PathBuf>> {
    let meta = std::fs::metadata(path).map_err(|source| Error::Io {
        path: path.to_owned(),
        action: "cannot read",
        source,
    })?;
    if meta.is_file() {
        return Ok(vec![path.to_owned()]);
    }
    let mut out = Vec::new();
    let mut stack = vec![path.to_owned()];
    while let Some(dir) = stack.pop() {
        let entries = std::fs::read_dir(&dir).map_err(|source| Error::Io {
            path: dir.clone(),
            action: "cannot list",
            source,
        })?;
        for entry in entries {
            let entry = entry.map_err(|source| Error::Io {
                path: dir.clone(),
                action: "cannot list",
                source,
            })?;
            let p = entry.path();
            let name = entry.file_name();
            if name.to_string_lossy().starts_with('.') {
                continue;
            }
            let ty = entry.file_type().map_err(|source| Error::Io {
                path: p.clone(),
                action: "cannot stat",
                source,
            })?;
            if ty.is_dir() {
                stack.push(p);
            } else if Format::of(&p).is_some() && !is_readme(&p) {
                out.push(p);
                if out.len() > limits.max_files {
                    return Err(Error::Limit {
                        location: Location::file(path.to_string_lossy()),
                        message: format!("more than {} spec files", limits.max_files),
                    });
                }
            }
        }
    }
    if out.is_empty() {
        return Err(Error::NoSpecs(path.to_owned()));
    }
    out.sort();
    Ok(out)
}

/// A README.md next to the specs documents them; it is not an Apifox page.
fn is_readme(path: &Path) -> bool {
    path.file_stem()
        .and_then(|s| s.to_str())
        .is_some_and(|s| s.eq_ignore_ascii_case("readme"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The origin index finds what a scan of every origin finds: the longest prefix at a
    /// segment boundary, `#` for everything else, the last of equal prefixes.
    #[test]
    fn origin_index_agrees_with_a_scan() {
        let origins: Vec<(String, usize)> = [
            ("#", 0),
            ("#/paths/~1a", 1),
            ("#/paths/~1a/get", 2),
            ("#/paths/~1ab", 3),
            ("#/components/schemas/A", 4),
            ("#/components/schemas/A", 5),
            ("#/components/schemas/A~1B", 6),
        ]
        .into_iter()
        .map(|(p, i)| (p.to_owned(), i))
        .collect();
        let sources = Sources {
            origins: origins.clone(),
            ..Sources::default()
        };
        let scan = |pointer: &str| {
            origins
                .iter()
                .filter(|(prefix, _)| {
                    pointer == prefix || pointer.starts_with(&format!("{prefix}/")) || prefix == "#"
                })
                .max_by_key(|(prefix, _)| prefix.len())
                .map(|(_, i)| *i)
        };
        for pointer in [
            "#",
            "",
            "#/paths",
            "#/paths/~1a",
            "#/paths/~1a/get/responses/200",
            "#/paths/~1a/post",
            "#/paths/~1ab/get",
            "#/paths/~1abc",
            "#/components/schemas/A",
            "#/components/schemas/A/properties/b",
            "#/components/schemas/AB",
            "#/components/schemas/A~1B/items",
        ] {
            assert_eq!(sources.origin_of(pointer), scan(pointer), "{pointer}");
        }
        assert_eq!(Sources::default().origin_of("#/paths"), None);
    }

    /// `load_as_written` merges the files like `load` but leaves the schemas as written:
    /// the optional property is not widened to `nullable` and the Apifox keys stay.
    #[test]
    fn as_written_is_merged_but_not_normalized() {
        let dir = tempfile::tempdir().expect("temp dir");
        let paths = r#"{"openapi":"3.0.1","info":{"title":"a","version":"1"},"paths":{"/a":{"get":{"x-apifox-folder":"A","responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"type":"object","properties":{"note":{"type":"string"}},"x-apifox-orders":["note"]}}}}}}}}}"#;
        let more = r#"{"openapi":"3.0.1","info":{"title":"a","version":"1"},"paths":{"/b":{"get":{"responses":{"200":{"description":"ok"}}}}}}"#;
        std::fs::write(dir.path().join("a.json"), paths).expect("write a.json");
        std::fs::write(dir.path().join("b.json"), more).expect("write b.json");
        let limits = Limits::default();
        let as_written = load_as_written(dir.path(), &limits).expect("loads as written");
        let normalized = load(dir.path(), &limits).expect("loads").document;
        let schema = "/paths/~1a/get/responses/200/content/application~1json/schema";
        assert!(
            as_written.pointer("/paths/~1b").is_some(),
            "both files merged"
        );
        assert_eq!(
            as_written.pointer(&format!("{schema}/properties/note")),
            Some(&serde_json::json!({"type": "string"}))
        );
        assert!(as_written
            .pointer(&format!("{schema}/x-apifox-orders"))
            .is_some());
        assert_eq!(
            normalized.pointer(&format!("{schema}/properties/note/nullable")),
            Some(&serde_json::json!(true)),
            "the normalized document widens it"
        );
    }
}
