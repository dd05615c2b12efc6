package graph

// ReadTx lets the tests run Cypher in a read transaction without
// CheckReadOnly, to show that the server refuses writes on its own.
var ReadTx = (*Store).readTx
