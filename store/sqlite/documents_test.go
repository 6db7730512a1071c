package sqlite

import (
	"context"
	"reflect"
	"testing"

	"github.com/isnad/isnad/store"
)

func TestDocumentsAndStats(t *testing.T) {
	s := openTemp(t)
	put(t, s,
		doc("1", "okaz", "2015-07-21", "نص واحد"),
		doc("2", "okaz", "2015-07-23", "نص اثنان"),
		doc("3", "alriyadh", "2015-07-22", "نص ثلاثة"),
		doc("4", "", "", "نص بلا مصدر ولا تاريخ"),
	)
	tests := []struct {
		name   string
		filter store.Filter
		page   store.Page
		titles []string
		total  int
	}{
		{"all, newest first, undated last", store.Filter{}, store.Page{}, []string{"2", "3", "1", "4"}, 4},
		{"one outlet", store.Filter{Outlet: "okaz"}, store.Page{}, []string{"2", "1"}, 2},
		{"date range", store.Filter{From: "2015-07-22", To: "2015-07-23"}, store.Page{}, []string{"2", "3"}, 2},
		{"from only", store.Filter{From: "2015-07-22"}, store.Page{}, []string{"2", "3"}, 2},
		{"to only", store.Filter{To: "2015-07-21"}, store.Page{}, []string{"1"}, 1},
		{"second page", store.Filter{}, store.Page{Offset: 2, Limit: 2}, []string{"1", "4"}, 4},
		{"past the end", store.Filter{}, store.Page{Offset: 10}, nil, 4},
		{"no such outlet", store.Filter{Outlet: "x"}, store.Page{}, nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Documents(context.Background(), tt.filter, tt.page)
			if err != nil {
				t.Fatal(err)
			}
			var titles []string
			for _, d := range got.Documents {
				titles = append(titles, d.Title)
			}
			if !reflect.DeepEqual(titles, tt.titles) || got.Total != tt.total {
				t.Errorf("Documents = %q of %d, want %q of %d", titles, got.Total, tt.titles, tt.total)
			}
		})
	}

	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := store.Stats{
		Documents: 4,
		Outlets:   []store.OutletCount{{Outlet: "okaz", Documents: 2}, {Outlet: "", Documents: 1}, {Outlet: "alriyadh", Documents: 1}},
		Earliest:  "2015-07-21",
		Latest:    "2015-07-23",
	}
	if !reflect.DeepEqual(st, want) {
		t.Errorf("Stats = %+v, want %+v", st, want)
	}

	// The figures are kept between calls: a caller's change to its copy
	// must not show in the next, and a new document must.
	st.Outlets[0].Documents = 99
	if again, _ := s.Stats(context.Background()); !reflect.DeepEqual(again, want) {
		t.Errorf("Stats after a caller changed its copy = %+v, want %+v", again, want)
	}
	put(t, s, doc("جديد", "sabq", "2015-07-30", "خبر جديد عن الطقس في جدة."))
	after, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if after.Documents != 5 || after.Latest != "2015-07-30" || len(after.Outlets) != 4 {
		t.Errorf("Stats after storing a fifth document = %+v: the kept figures were not renewed", after)
	}
}

func TestPageNormalized(t *testing.T) {
	tests := []struct{ in, want store.Page }{
		{store.Page{}, store.Page{Limit: store.DefaultLimit}},
		{store.Page{Offset: -3, Limit: 5}, store.Page{Limit: 5}},
		{store.Page{Limit: store.MaxLimit + 1}, store.Page{Limit: store.MaxLimit}},
	}
	for _, tt := range tests {
		if got := tt.in.Normalized(); got != tt.want {
			t.Errorf("%+v.Normalized() = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}
