//! career-explorer: explore careers in the terminal from RON catalogs.
//!
//! Three rooms, one direction: [`catalog`] (data, loading, validation) knows nothing of the
//! terminal; [`app`] holds the explorer's state and changes it only through `update`;
//! [`ui`] draws that state and never changes it. [`tui`] runs the terminal loop, [`cli`] and
//! [`commands`] the command line.

pub mod app;
pub mod cache;
pub mod catalog;
pub mod cli;
pub mod commands;
pub mod import;
pub mod report;
pub mod search;
pub mod tui;
pub mod ui;
