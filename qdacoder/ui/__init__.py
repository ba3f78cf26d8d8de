"""The window: PySide6 widgets, item models, dialogs and actions. The only package that
imports Qt. It calls core operations and re-queries what it shows; it holds no data of its own."""
