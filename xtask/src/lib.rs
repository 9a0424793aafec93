//! Library part of the project tasks, so they can be tested: [`fetch`] downloads Apifox Markdown
//! exports of endpoint pages into the spec folder (`cargo xtask fetch-specs`); [`navigation`]
//! writes the README's table of operations (`cargo xtask regenerate`); [`new_resource`] adds
//! one export to `specs/` and scaffolds its contract test (`cargo xtask new-resource`).

pub mod fetch;
pub mod navigation;
pub mod new_resource;
