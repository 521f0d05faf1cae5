"""What leaves the pipeline: export formats, and the filtered views the app draws."""
