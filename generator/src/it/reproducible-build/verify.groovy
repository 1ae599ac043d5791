// Two builds of the same sources give byte-identical jars (project.build.outputTimestamp, deterministic output).
def first = new File(basedir, 'target/reproducible-build-1.0.jar')
def second = new File(basedir, 'target-second/reproducible-build-1.0.jar')
assert first.isFile() && second.isFile()
assert new File(basedir, 'target-second/generated-sources/stripe-slice/it/gadgets/Gadget.java').isFile() : 'the second build generated afresh'
assert first.bytes == second.bytes : 'the two jars differ'
return true
