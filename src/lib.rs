//! career-explorer: explore careers in the terminal from RON catalogs.
//!
//! One direction: [`catalog`] (data, loading, validation), [`search`], [`report`] and [`moves`]
//! (Next moves and the Skills matcher) know nothing of the terminal; [`explorer`] is the
//! interactive explorer (state, panes, drawing, the terminal loop); [`cli`] and [`commands`]
//! are the command line.

pub mod cache;
pub mod catalog;
pub mod cli;
pub mod commands;
pub mod explorer;
pub mod import;
pub mod moves;
pub mod report;
pub mod search;
