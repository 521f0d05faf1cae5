"""What leaves the pipeline: date labels, export formats, and the filtered views the app draws."""
