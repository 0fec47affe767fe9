//! Python front end: parse with ruff, reject what we do not support, compile to bytecode.
