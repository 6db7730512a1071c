// Package web holds isnad's web UI: the sources in src (JavaScript modules
// bundled by esbuild, see build.mjs) and the built bundle in dist, which is
// committed so that `go install` works from a clean clone and is embedded in
// the binary. dist is never edited by hand: .ci/web.sh rebuilds it and fails
// when the rebuild differs.
package web

import (
	"embed"
	"io/fs"
)

//go:embed dist
var dist embed.FS

// Dist returns the built UI, index.html at its root.
func Dist() fs.FS {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		panic("web: the embedded bundle has no dist folder: " + err.Error()) // cannot happen: dist is embedded above
	}
	return sub
}
