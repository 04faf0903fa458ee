"""The core of presskz: the working Document, labels, the output Record and its builder,
the Stage base and the Pipeline."""
